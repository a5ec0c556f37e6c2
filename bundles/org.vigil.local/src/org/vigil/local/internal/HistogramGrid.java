package org.vigil.local.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.TimeRange;
import org.vigil.events.Intervals;

/**
 * The buckets of a histogram over a range, as {@link Intervals#bucketStart} aligns them, with the
 * bucket of an instant found by one division: counting into an array by slot number keeps the
 * cost per hit low.
 */
final class HistogramGrid {

    private final Instant first;
    private final Duration interval;
    private final long width;
    private final long shift;
    private final long firstSlot;
    private final int buckets;

    HistogramGrid(TimeRange range, Duration interval, ZoneOffset offset) {
        this.first = Intervals.bucketStart(range.from(), interval, offset);
        this.interval = interval;
        this.width = interval.toMillis();
        this.shift = offset.getTotalSeconds() * 1000L;
        this.firstSlot = Math.floorDiv(first.toEpochMilli() + shift, width);
        this.buckets = (int) Math.max(1, Math.floorDiv(range.to().toEpochMilli() - 1 + shift, width) - firstSlot + 1);
    }

    /** @return how many buckets cover the range */
    int buckets() {
        return buckets;
    }

    /** @return the width of every bucket */
    Duration interval() {
        return interval;
    }

    /**
     * @param millis an instant in epoch milliseconds
     * @return its bucket, or -1 outside the range's buckets
     */
    int slot(long millis) {
        long slot = Math.floorDiv(millis + shift, width) - firstSlot;
        return slot >= 0 && slot < buckets ? (int) slot : -1;
    }

    /** @return the start of every bucket, in order */
    List<Instant> starts() {
        List<Instant> starts = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            starts.add(first.plus(interval.multipliedBy(i)));
        }
        return starts;
    }
}
