package org.vigil.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Hit counts over time, as drawn above the results.
 *
 * @param interval the width of every bucket
 * @param buckets the buckets in time order, empty ones included so that gaps show
 */
public record Histogram(Duration interval, List<Bucket> buckets) {

    /** Keeps an immutable copy of the buckets. */
    public Histogram {
        buckets = List.copyOf(buckets);
    }

    /**
     * @param start the bucket's first instant, aligned to the interval
     * @param count the hits in {@code [start, start + interval)}
     */
    public record Bucket(Instant start, long count) {
    }

    /** @return the sum of all buckets */
    public long total() {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }
}
