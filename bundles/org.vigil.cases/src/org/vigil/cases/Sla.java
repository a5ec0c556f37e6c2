package org.vigil.cases;

import java.time.Duration;
import java.util.Objects;

/**
 * Service levels of a case, counted from its detection time.
 *
 * @param acknowledge how soon someone must take the case up
 * @param resolve how soon it must be resolved
 */
public record Sla(Duration acknowledge, Duration resolve) {

    /** Requires both durations, positive. */
    public Sla {
        Objects.requireNonNull(acknowledge, "acknowledge"); //$NON-NLS-1$
        Objects.requireNonNull(resolve, "resolve"); //$NON-NLS-1$
        if (acknowledge.isNegative() || acknowledge.isZero() || resolve.isNegative() || resolve.isZero()) {
            throw new IllegalArgumentException(acknowledge + " / " + resolve); //$NON-NLS-1$
        }
    }
}
