package org.vigil.query;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.vigil.query.internal.Messages;

/**
 * Resolves the date expressions of range bounds the way Elasticsearch does, so that both engines
 * agree on what {@code @timestamp >= now-1h} means.
 * <p>
 * An expression is an anchor optionally followed by math: {@code now}, or an ISO-8601 date
 * ({@code 2024}, {@code 2024-05}, {@code 2024-05-31}, {@code 2024-05-31T08:30},
 * {@code 2024-05-31T08:30:00.250+07:00}; UTC when no zone is given) followed by {@code ||} before
 * any math. Math is a sequence of {@code +N<unit>}, {@code -N<unit>} (N defaults to 1) and
 * {@code /<unit>} (round), with units {@code y M w d h H m s}, computed in UTC.
 * <p>
 * When {@code roundUp} is set (for {@code >} and {@code <=}, see {@link Range.Operator#roundsUp()}),
 * rounding and a date given only to the day, month or year go to the last millisecond of that
 * unit, so {@code <= 2024-05-31} includes the whole day.
 */
public final class DateMath {

    private static final String NOW = "now"; //$NON-NLS-1$
    private static final String ANCHOR_END = "||"; //$NON-NLS-1$
    private static final ChronoField[] PRECISION = { NANO_OF_SECOND, SECOND_OF_MINUTE, MINUTE_OF_HOUR,
            HOUR_OF_DAY, DAY_OF_MONTH, MONTH_OF_YEAR };
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().appendValue(YEAR, 4)
            .optionalStart().appendLiteral('-').appendValue(MONTH_OF_YEAR, 2)
            .optionalStart().appendLiteral('-').appendValue(DAY_OF_MONTH, 2)
            .optionalStart().appendLiteral('T').appendValue(HOUR_OF_DAY, 2)
            .optionalStart().appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().optionalEnd().optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd() //$NON-NLS-1$ //$NON-NLS-2$
            .optionalEnd().optionalEnd().optionalEnd()
            .toFormatter(Locale.ROOT);

    private DateMath() {
    }

    /**
     * Resolves a date expression.
     *
     * @param expression e.g. {@code now-15m}, {@code now/d}, {@code 2024-05-31||+1M/M}
     * @param now the instant {@code now} stands for, so that one search uses one "now"
     * @param roundUp whether rounding goes to the end of the unit instead of its start
     * @return the instant
     * @throws IllegalArgumentException with a localised message naming the position and what was
     *         expected there, if the expression is not valid
     */
    public static Instant resolve(String expression, Instant now, boolean roundUp) {
        if (expression.startsWith(NOW)) {
            return math(expression, NOW.length(), now.atZone(ZoneOffset.UTC), roundUp).toInstant();
        }
        int end = expression.indexOf(ANCHOR_END);
        String date = end < 0 ? expression : expression.substring(0, end);
        ZonedDateTime anchor = date(expression, date, roundUp);
        return end < 0 ? anchor.toInstant()
                : math(expression, end + ANCHOR_END.length(), anchor, roundUp).toInstant();
    }

    private static ZonedDateTime date(String expression, String date, boolean roundUp) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = ISO.parseUnresolved(date, position);
        if (fields == null || position.getIndex() < date.length()) {
            int at = fields == null ? position.getErrorIndex() : position.getIndex();
            throw invalid(expression, Math.max(at, 0), Messages.DateMath_date);
        }
        try {
            ZonedDateTime time = local(fields).atZone(offset(fields));
            ChronoUnit unit = precision(fields);
            ZonedDateTime rounded = roundUp && unit != null ? time.plus(1, unit).minus(1, ChronoUnit.MILLIS) : time;
            return rounded.withZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw invalid(expression, 0, Messages.DateMath_date);
        }
    }

    private static LocalDateTime local(TemporalAccessor fields) {
        return LocalDateTime.of((int) fields.getLong(YEAR), field(fields, MONTH_OF_YEAR, 1),
                field(fields, DAY_OF_MONTH, 1), field(fields, HOUR_OF_DAY, 0), field(fields, MINUTE_OF_HOUR, 0),
                field(fields, SECOND_OF_MINUTE, 0), field(fields, NANO_OF_SECOND, 0));
    }

    private static ZoneOffset offset(TemporalAccessor fields) {
        return fields.isSupported(OFFSET_SECONDS) ? ZoneOffset.ofTotalSeconds(field(fields, OFFSET_SECONDS, 0))
                : ZoneOffset.UTC;
    }

    private static int field(TemporalAccessor fields, ChronoField field, int absent) {
        return fields.isSupported(field) ? (int) fields.getLong(field) : absent;
    }

    /** Returns the unit of the date's last given field, or null when it is given to the fraction. */
    private static ChronoUnit precision(TemporalAccessor fields) {
        for (ChronoField field : PRECISION) {
            if (fields.isSupported(field)) {
                return field == NANO_OF_SECOND ? null : (ChronoUnit) field.getBaseUnit();
            }
        }
        return ChronoUnit.YEARS;
    }

    private static ZonedDateTime math(String expression, int start, ZonedDateTime anchor, boolean roundUp) {
        ZonedDateTime time = anchor;
        int index = start;
        while (index < expression.length()) {
            char operation = expression.charAt(index);
            if (operation == '/') {
                time = round(time, unit(expression, index + 1), roundUp);
                index += 2;
                continue;
            }
            if (operation != '+' && operation != '-') {
                throw invalid(expression, index, Messages.DateMath_operation);
            }
            int digits = index + 1;
            index = skipDigits(expression, digits);
            long amount = index == digits ? 1 : Long.parseLong(expression.substring(digits, index));
            ChronoUnit unit = unit(expression, index++);
            time = operation == '+' ? time.plus(amount, unit) : time.minus(amount, unit);
        }
        return time;
    }

    private static int skipDigits(String expression, int start) {
        int index = start;
        while (index < expression.length() && Character.isDigit(expression.charAt(index))) {
            index++;
        }
        return index;
    }

    private static ChronoUnit unit(String expression, int index) {
        char unit = index < expression.length() ? expression.charAt(index) : 0;
        return switch (unit) {
            case 'y' -> ChronoUnit.YEARS;
            case 'M' -> ChronoUnit.MONTHS;
            case 'w' -> ChronoUnit.WEEKS;
            case 'd' -> ChronoUnit.DAYS;
            case 'h', 'H' -> ChronoUnit.HOURS;
            case 'm' -> ChronoUnit.MINUTES;
            case 's' -> ChronoUnit.SECONDS;
            default -> throw invalid(expression, index, Messages.DateMath_unit);
        };
    }

    private static ZonedDateTime round(ZonedDateTime time, ChronoUnit unit, boolean roundUp) {
        ZonedDateTime start = switch (unit) {
            case YEARS -> time.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
            case MONTHS -> time.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
            case WEEKS -> time.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS);
            default -> time.truncatedTo(unit);
        };
        return roundUp ? start.plus(1, unit).minus(1, ChronoUnit.MILLIS) : start;
    }

    private static IllegalArgumentException invalid(String expression, int index, String expected) {
        return new IllegalArgumentException(
                NLS.bind(Messages.DateMath_invalid, new Object[] { expression, index, expected }));
    }
}
