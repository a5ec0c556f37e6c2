package org.vigil.core.plugins;

/**
 * A certificate trusted to sign plugins, as an administrator recognises it.
 *
 * @param subject the certificate's subject, e.g. {@code CN=SOC Tools, O=Provincial SOC}
 * @param fingerprint its SHA-256 fingerprint, upper-case hex pairs joined by colons
 * @param notAfter the end of its validity, ISO-8601
 */
public record TrustedCertificate(String subject, String fingerprint, String notAfter) {
}
