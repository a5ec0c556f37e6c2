package org.vigil.ui.internal;

import java.time.Instant;

import org.vigil.core.model.TimeRange;
import org.vigil.query.DateMath;

/** The relative ranges an operator picks most, as in Kibana's quick menu. */
public enum QuickRange {
    LAST_15_MINUTES("now-15m", Messages.Range_15m),
    LAST_HOUR("now-1h", Messages.Range_1h),
    LAST_24_HOURS("now-24h", Messages.Range_24h),
    LAST_7_DAYS("now-7d", Messages.Range_7d),
    LAST_30_DAYS("now-30d", Messages.Range_30d);

    private final String from;
    private final String label;

    QuickRange(String from, String label) {
        this.from = from;
        this.label = label;
    }

    /** @return the start in date math, such as {@code now-7d} */
    public String from() {
        return from;
    }

    /** @return the name shown in the drop-down */
    public String label() {
        return label;
    }

    /**
     * @param now the instant the search starts
     * @return the range ending now
     */
    public TimeRange at(Instant now) {
        return new TimeRange(DateMath.resolve(from, now, false), now.plusMillis(1));
    }
}
