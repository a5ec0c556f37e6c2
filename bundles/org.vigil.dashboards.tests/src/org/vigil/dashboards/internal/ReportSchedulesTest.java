package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.ReportFrequency;
import org.vigil.dashboards.ReportSchedule;
import org.vigil.dashboards.ReportSchedules;

/** Due periods in local time, and the schedules file kept whole. */
class ReportSchedulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 1 July 2026, 01:00 in Hanoi: still 30 June in UTC. */
    private static final Instant JULY_FIRST = Instant.parse("2026-06-30T18:00:00Z");

    @TempDir
    Path folder;

    @Test
    void eachFrequencyIsDueForItsLastCompleteLocalPeriod() {
        assertEquals(local("2026-06-22", "2026-06-29"), ReportFrequency.WEEKLY.lastComplete(JULY_FIRST, HANOI));
        assertEquals(local("2026-06-01", "2026-07-01"), ReportFrequency.MONTHLY.lastComplete(JULY_FIRST, HANOI),
                "June, though it is still June in UTC");
        assertEquals(local("2026-04-01", "2026-07-01"), ReportFrequency.QUARTERLY.lastComplete(JULY_FIRST, HANOI));
        assertEquals(local("2026-01-01", "2026-07-01"), ReportFrequency.HALF_YEARLY.lastComplete(JULY_FIRST, HANOI));
        Instant newYear = Instant.parse("2027-01-05T03:00:00Z");
        assertEquals(local("2026-12-01", "2027-01-01"), ReportFrequency.MONTHLY.lastComplete(newYear, HANOI));
        assertEquals(local("2026-10-01", "2027-01-01"), ReportFrequency.QUARTERLY.lastComplete(newYear, HANOI));
        assertEquals(local("2026-07-01", "2027-01-01"), ReportFrequency.HALF_YEARLY.lastComplete(newYear, HANOI));
        assertEquals(ReportFrequency.HALF_YEARLY, ReportFrequency.of("Half-Yearly").orElseThrow());
    }

    @Test
    void aScheduleIsDueUntilItsPeriodIsWritten() throws Exception {
        ReportSchedules schedules = new ReportSchedules(folder.resolve("reports/schedules.json"));
        assertEquals(List.of(), schedules.list(), "no file yet");
        schedules.add(schedule("monthly-vi", ReportFrequency.MONTHLY));
        schedules.add(schedule("weekly-en", ReportFrequency.WEEKLY));
        ReportSchedule monthly = schedules.list().get(0);
        assertTrue(monthly.isDue(JULY_FIRST, HANOI));

        TimeRange june = ReportFrequency.MONTHLY.lastComplete(JULY_FIRST, HANOI);
        schedules.record("monthly-vi", new ReportSchedule.LastRun(JULY_FIRST, june, folder.resolve("june.pdf"), null));
        monthly = schedules.list().get(0);
        assertEquals(folder.resolve("june.pdf"), monthly.last().file());
        assertFalse(monthly.isDue(JULY_FIRST.plusSeconds(86_400), HANOI), "June is written");
        assertTrue(monthly.isDue(Instant.parse("2026-08-01T00:00:00Z"), HANOI), "July is due in August");

        schedules.record("monthly-vi", new ReportSchedule.LastRun(JULY_FIRST, june, null, "disk full"));
        assertTrue(schedules.list().get(0).isDue(JULY_FIRST, HANOI), "a failed run is tried again");
        assertEquals("disk full", schedules.list().get(0).last().error());

        assertTrue(schedules.remove("weekly-en"));
        assertFalse(schedules.remove("weekly-en"));
        assertEquals(List.of("monthly-vi"), schedules.list().stream().map(ReportSchedule::id).toList());
    }

    @Test
    void aSecondScheduleWithTheSameIdIsRefusedAndTheFileStaysAsItWas() throws Exception {
        ReportSchedules schedules = new ReportSchedules(folder.resolve("schedules.json"));
        schedules.add(schedule("monthly", ReportFrequency.MONTHLY));
        byte[] before = Files.readAllBytes(schedules.file());
        DashboardException twice = assertThrows(DashboardException.class,
                () -> schedules.add(schedule("monthly", ReportFrequency.WEEKLY)));
        assertTrue(twice.getMessage().contains("monthly"), twice.getMessage());
        assertArrayEquals(before, Files.readAllBytes(schedules.file()));
        assertEquals(1, Files.list(folder).count(), "no temporary file left");
    }

    @Test
    void aDamagedFileIsNamed() throws Exception {
        Path file = Files.writeString(folder.resolve("schedules.json"), "{\"format\": 1, \"schedules\": [{\"id\": 3}]}");
        DashboardException damaged = assertThrows(DashboardException.class, () -> new ReportSchedules(file).list());
        assertTrue(damaged.getMessage().contains(file.toString()), damaged.getMessage());
    }

    private ReportSchedule schedule(String id, ReportFrequency frequency) {
        return new ReportSchedule(id, "period-report", frequency, "vi", "pdf", folder.resolve("out"), null);
    }

    private static TimeRange local(String from, String to) {
        return new TimeRange(java.time.LocalDate.parse(from).atStartOfDay(HANOI).toInstant(),
                java.time.LocalDate.parse(to).atStartOfDay(HANOI).toInstant());
    }
}
