package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TimeRange;

/** The absolute range an operator picks in local time reaches the engines in UTC. */
class TimeRangeTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void localTimesInHanoiAreSevenHoursAheadOfUtc() {
        TimeRange range = TimeRange.ofLocal(LocalDateTime.parse("2026-11-01T00:00"),
                LocalDateTime.parse("2026-11-02T07:30:15"), HANOI).orElseThrow();
        assertEquals(Instant.parse("2026-10-31T17:00:00Z"), range.from());
        assertEquals(Instant.parse("2026-11-02T00:30:15Z"), range.to());
    }

    @Test
    void anEndNotAfterTheStartGivesNoRange() {
        LocalDateTime noon = LocalDateTime.parse("2026-11-01T12:00");
        assertTrue(TimeRange.ofLocal(noon, noon, HANOI).isEmpty());
        assertTrue(TimeRange.ofLocal(noon, noon.minusSeconds(1), HANOI).isEmpty());
    }

    @Test
    void daylightSavingGapsAndOverlapsResolveAsZonedDateTimeDoes() {
        TimeRange spring = TimeRange.ofLocal(LocalDateTime.parse("2026-03-08T02:30"),
                LocalDateTime.parse("2026-03-08T04:00"), NEW_YORK).orElseThrow();
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), spring.from(), "02:30 does not exist: 03:30 EDT");
        TimeRange autumn = TimeRange.ofLocal(LocalDateTime.parse("2026-11-01T01:30"),
                LocalDateTime.parse("2026-11-01T03:00"), NEW_YORK).orElseThrow();
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), autumn.from(), "01:30 twice: the earlier, EDT");
    }
}
