package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Intervals;

/** Histogram buckets as an operator in Vietnam reads them. */
class IntervalsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:17:42Z");

    @Test
    void lastHourInSixtyBarsGivesOneMinuteBuckets() {
        assertEquals(Duration.ofMinutes(1), Intervals.auto(new TimeRange(NOW.minusSeconds(3600), NOW), 60));
    }

    @Test
    void thirtyDaysInSixtyBarsGivesTwelveHourBuckets() {
        assertEquals(Duration.ofHours(12), Intervals.auto(new TimeRange(NOW.minus(Duration.ofDays(30)), NOW), 60));
    }

    @Test
    void hugeRangesStopAtThirtyDays() {
        assertEquals(Duration.ofDays(30), Intervals.auto(new TimeRange(Instant.EPOCH, NOW), 10));
    }

    @Test
    void dayBucketsStartAtMidnightInVietnam() {
        Instant start = Intervals.bucketStart(NOW, Duration.ofDays(1), ZoneOffset.ofHours(7));
        assertEquals(Instant.parse("2026-11-22T17:00:00Z"), start);
    }

    @Test
    void minuteBucketsIgnoreTheOffset() {
        assertEquals(Instant.parse("2026-11-23T10:17:00Z"),
                Intervals.bucketStart(NOW, Duration.ofMinutes(1), ZoneOffset.ofHours(7)));
    }
}
