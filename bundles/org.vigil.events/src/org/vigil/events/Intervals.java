package org.vigil.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.vigil.core.model.TimeRange;

/**
 * Chooses and aligns histogram buckets. Every engine uses this one rule, so a histogram has the
 * same buckets whichever source draws it, and a day bucket starts at local midnight.
 */
public final class Intervals {

    /** The widths a histogram may use, as an operator reads them on an axis. */
    public static final List<Duration> NICE = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    private Intervals() {
    }

    /**
     * @param range the searched range
     * @param targetBuckets about how many bars the chart has room for
     * @return the narrowest nice width that keeps the bars at or under the target
     */
    public static Duration auto(TimeRange range, int targetBuckets) {
        Duration span = Duration.between(range.from(), range.to());
        Duration minimum = span.dividedBy(Math.max(1, targetBuckets));
        return NICE.stream().filter(width -> width.compareTo(minimum) >= 0).findFirst().orElse(NICE.getLast());
    }

    /**
     * @param instant an instant
     * @param interval a bucket width
     * @param offset the operator's UTC offset, so that day buckets start at local midnight
     * @return the start of the bucket holding the instant
     */
    public static Instant bucketStart(Instant instant, Duration interval, ZoneOffset offset) {
        long width = interval.toMillis();
        long shift = offset.getTotalSeconds() * 1000L;
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli() + shift, width) * width - shift);
    }
}
