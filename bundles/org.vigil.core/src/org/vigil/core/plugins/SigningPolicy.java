package org.vigil.core.plugins;

import java.util.List;

/**
 * Whether plugins must be signed, and the certificates trusted to sign them.
 *
 * @param required whether an unsigned or untrusted jar is refused
 * @param trusted the trusted certificates, sorted by subject
 */
public record SigningPolicy(boolean required, List<TrustedCertificate> trusted) {

    /** Copies the list so that the record stays immutable. */
    public SigningPolicy {
        trusted = List.copyOf(trusted);
    }
}
