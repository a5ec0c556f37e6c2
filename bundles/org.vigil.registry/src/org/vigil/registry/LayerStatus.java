package org.vigil.registry;

import java.time.LocalDate;

/**
 * Whether one layer of the 4-layer model covers a system, and by whom.
 *
 * @param covered whether the layer is in place
 * @param provider who provides it (the agency itself, a monitoring company, an assessor), or empty
 * @param until when the provider's contract ends, or {@code null}
 */
public record LayerStatus(boolean covered, String provider, LocalDate until) {

    /** A layer that is not in place. */
    public static final LayerStatus NONE = new LayerStatus(false, "", null); //$NON-NLS-1$

    /** Turns a missing provider into empty text. */
    public LayerStatus {
        provider = provider == null ? "" : provider.strip(); //$NON-NLS-1$
    }
}
