package org.vigil.dashboards.charts;

import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;

/**
 * The ticks of a time axis in local time. JFreeChart's own label hours without their day, so a
 * week of hourly buckets read as "00:00 06:00 12:00" with no date; these name the day too.
 */
final class TimeTicks {

    private TimeTicks() {
    }

    static TickUnits of(ZoneId zone, Locale language) {
        boolean vietnamese = "vi".equals(language.getLanguage()); //$NON-NLS-1$
        String minutes = "HH:mm"; //$NON-NLS-1$
        String hours = vietnamese ? "HH:mm dd/MM" : "d MMM HH:mm"; //$NON-NLS-1$ //$NON-NLS-2$
        String days = vietnamese ? "dd/MM" : "d MMM"; //$NON-NLS-1$ //$NON-NLS-2$
        String months = vietnamese ? "MM/yyyy" : "MMM yyyy"; //$NON-NLS-1$ //$NON-NLS-2$
        TickUnits units = new TickUnits();
        TimeZone timeZone = TimeZone.getTimeZone(zone);
        for (int count : new int[] { 5, 15, 30 }) {
            units.add(unit(DateTickUnitType.MINUTE, count, minutes, timeZone, language));
        }
        for (int count : new int[] { 1, 2, 3, 6, 12 }) {
            units.add(unit(DateTickUnitType.HOUR, count, hours, timeZone, language));
        }
        for (int count : new int[] { 1, 2, 7, 14 }) {
            units.add(unit(DateTickUnitType.DAY, count, days, timeZone, language));
        }
        for (int count : new int[] { 1, 2, 3, 6 }) {
            units.add(unit(DateTickUnitType.MONTH, count, months, timeZone, language));
        }
        for (int count : new int[] { 1, 2, 5, 10 }) {
            units.add(unit(DateTickUnitType.YEAR, count, "yyyy", timeZone, language)); //$NON-NLS-1$
        }
        return units;
    }

    private static DateTickUnit unit(DateTickUnitType type, int count, String pattern, TimeZone zone, Locale language) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, language);
        format.setTimeZone(zone);
        return new DateTickUnit(type, count, format);
    }
}
