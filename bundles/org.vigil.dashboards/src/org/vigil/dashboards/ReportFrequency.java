package org.vigil.dashboards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

import org.vigil.core.model.TimeRange;

/**
 * How often a scheduled period report is due: each is due for the last complete period in local
 * time (the week from Monday, the calendar month, quarter or half-year). Added in package version 0.1.1.
 */
public enum ReportFrequency {
    /** Monday to Sunday. */
    WEEKLY,
    /** A calendar month. */
    MONTHLY,
    /** January–March, April–June, July–September, October–December. */
    QUARTERLY,
    /** January–June, July–December. */
    HALF_YEARLY;

    /**
     * @param now the moment asked about
     * @param zone the zone whose days the periods are made of
     * @return the last period of this length that ended at or before {@code now}: on 2026-07-01 the
     *         monthly one is June, the half-yearly one January to June
     */
    public TimeRange lastComplete(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate end = switch (this) {
            case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> today.withDayOfMonth(1);
            case QUARTERLY -> today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            case HALF_YEARLY -> today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7);
        };
        LocalDate start = switch (this) {
            case WEEKLY -> end.minusWeeks(1);
            case MONTHLY -> end.minusMonths(1);
            case QUARTERLY -> end.minusMonths(3);
            case HALF_YEARLY -> end.minusMonths(6);
        };
        return new TimeRange(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }

    /** @return the word the command line and the schedules file use, such as {@code half-yearly} */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param word a frequency's word, in any case
     * @return the frequency, or empty
     */
    public static Optional<ReportFrequency> of(String word) {
        for (ReportFrequency frequency : values()) {
            if (frequency.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
