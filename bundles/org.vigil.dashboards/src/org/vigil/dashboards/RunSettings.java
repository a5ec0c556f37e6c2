package org.vigil.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.vigil.core.model.TimeRange;
import org.vigil.events.GuardedSource;

/**
 * What one run of a dashboard is for.
 *
 * @param range the period
 * @param variables the variables chosen for this run; those not set keep the dashboard's
 * @param zone the operator's zone: day buckets start at local midnight, the heat map is in local hours
 * @param language the language of titles and labels
 * @param now the instant "open now" and "overdue now" mean
 * @param sourceTimeout how long one call of the event source may take before the panel gives up on it
 *            with an error naming the source: a hanging source must not keep a panel busy for ever
 */
public record RunSettings(TimeRange range, Variables variables, ZoneId zone, Locale language, Instant now,
        Duration sourceTimeout) {

    /** Requires every value. */
    public RunSettings {
        Objects.requireNonNull(range, "range"); //$NON-NLS-1$
        Objects.requireNonNull(variables, "variables"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        Objects.requireNonNull(language, "language"); //$NON-NLS-1$
        Objects.requireNonNull(now, "now"); //$NON-NLS-1$
        Objects.requireNonNull(sourceTimeout, "sourceTimeout"); //$NON-NLS-1$
    }

    /**
     * Settings whose source calls have {@link GuardedSource#DEFAULT_TIMEOUT}.
     *
     * @param range the period
     * @param variables the variables chosen for this run
     * @param zone the operator's zone
     * @param language the language of titles and labels
     * @param now the instant "open now" and "overdue now" mean
     */
    public RunSettings(TimeRange range, Variables variables, ZoneId zone, Locale language, Instant now) {
        this(range, variables, zone, language, now, GuardedSource.DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout how long one call of the event source may take
     * @return these settings with that limit
     */
    public RunSettings withSourceTimeout(Duration timeout) {
        return new RunSettings(range, variables, zone, language, now, timeout);
    }

    /** @return the period of the same length that ends where this one starts */
    public TimeRange previous() {
        return new TimeRange(range.from().minus(java.time.Duration.between(range.from(), range.to())), range.from());
    }
}
