package org.vigil.cli.internal;

import java.time.Duration;

import org.vigil.core.model.TimeRange;

/**
 * The benchmark's time range, moved one millisecond further at each call. Elasticsearch answers
 * a size-0 request that it has seen before on an unchanged index from its shard request cache:
 * repeated sixty times, an aggregation would time the cache, not the aggregation. Every side of a
 * comparison gets the same sequence of ranges from its own instance, so each run is new to both
 * engines.
 */
final class ShiftedRanges {

    private final TimeRange base;
    private long shift;

    ShiftedRanges(TimeRange base) {
        this.base = base;
    }

    /** @return the next range: the base one, moved by one millisecond more than the last */
    TimeRange next() {
        Duration by = Duration.ofMillis(shift++);
        return new TimeRange(base.from().plus(by), base.to().plus(by));
    }
}
