package org.vigil.registry;

import java.util.Objects;

/**
 * Something of a system that shows up in events: a host name, an address, a network, a domain
 * or a URL. The value is kept as entered; {@link Assets#canonical(Asset)} gives the form that
 * comparisons and the matcher use, or says why the value is not valid.
 *
 * @param kind what the value is
 * @param value the value as entered, stripped
 */
public record Asset(AssetKind kind, String value) {

    /** Rejects a missing kind or value. */
    public Asset {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        value = Objects.requireNonNull(value, "value").strip(); //$NON-NLS-1$
    }
}
