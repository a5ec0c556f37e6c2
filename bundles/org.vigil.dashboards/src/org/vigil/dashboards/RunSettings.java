package org.vigil.dashboards;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.vigil.core.model.TimeRange;

/**
 * What one run of a dashboard is for.
 *
 * @param range the period
 * @param variables the variables chosen for this run; those not set keep the dashboard's
 * @param zone the operator's zone: day buckets start at local midnight, the heat map is in local hours
 * @param language the language of titles and labels
 * @param now the instant "open now" and "overdue now" mean
 */
public record RunSettings(TimeRange range, Variables variables, ZoneId zone, Locale language, Instant now) {

    /** Requires every value. */
    public RunSettings {
        Objects.requireNonNull(range, "range"); //$NON-NLS-1$
        Objects.requireNonNull(variables, "variables"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        Objects.requireNonNull(language, "language"); //$NON-NLS-1$
        Objects.requireNonNull(now, "now"); //$NON-NLS-1$
    }

    /** @return the period of the same length that ends where this one starts */
    public TimeRange previous() {
        return new TimeRange(range.from().minus(java.time.Duration.between(range.from(), range.to())), range.from());
    }
}
