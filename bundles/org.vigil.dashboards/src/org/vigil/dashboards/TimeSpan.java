package org.vigil.dashboards;

import java.time.Instant;
import java.util.Objects;

import org.vigil.core.model.TimeRange;
import org.vigil.query.DateMath;

/**
 * A dashboard's time range as written in its file: relative ({@code now-30d} to {@code now}) or
 * absolute ({@code 2026-01-01} to {@code 2026-07-01}), in the date math of {@link DateMath}, so
 * that it means the same as the Investigate range and {@code --from}/{@code --to}.
 *
 * @param from the start expression
 * @param to the end expression
 */
public record TimeSpan(String from, String to) {

    /** The default of a new dashboard: the last 30 days. */
    public static final TimeSpan LAST_30_DAYS = new TimeSpan("now-30d", "now"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Requires both ends. */
    public TimeSpan {
        Objects.requireNonNull(from, "from"); //$NON-NLS-1$
        Objects.requireNonNull(to, "to"); //$NON-NLS-1$
    }

    /**
     * @param now what {@code now} stands for
     * @return the range
     * @throws IllegalArgumentException if an expression is not valid or the range is empty
     */
    public TimeRange resolve(Instant now) {
        return new TimeRange(DateMath.resolve(from, now, false), DateMath.resolve(to, now, true));
    }
}
