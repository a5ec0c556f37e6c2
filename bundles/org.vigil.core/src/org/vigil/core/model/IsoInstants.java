package org.vigil.core.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads instants in the form nearly every stored or shipped timestamp has,
 * {@code 2026-11-09T18:55:37Z} with or without a fraction of a second, by hand: the general
 * parsers of {@code java.time} cost more than the rest of decoding a search hit or an NDJSON
 * line. Text in any other form is left to them, so results and failures are theirs. Added in
 * package version 0.1.1.
 */
public final class IsoInstants {

    private static final int SHORTEST = "2026-11-09T18:55:37Z".length();
    private static final int FRACTION_START = SHORTEST;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final long SECONDS_PER_DAY = 86_400;
    /** The first second whose year {@link Instant#toString} writes with a sign and five digits. */
    private static final long YEAR_10000 = 253_402_300_800L;
    private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000 };

    private IsoInstants() {
    }

    /**
     * @param text an instant as {@link Instant#parse} reads it
     * @return the instant
     * @throws java.time.format.DateTimeParseException as {@link Instant#parse} throws it
     */
    public static Instant parse(CharSequence text) {
        Instant utc = parseUtc(text);
        return utc != null ? utc : Instant.parse(text);
    }

    /**
     * @param text a timestamp
     * @return the instant when the text is a valid {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (up to
     *         nine digits of fraction), the same as {@link Instant#parse} gives; {@code null} for
     *         any other text, which the caller parses as it would have
     */
    public static Instant parseUtc(CharSequence text) {
        int length = text.length();
        if (length < SHORTEST || text.charAt(length - 1) != 'Z' || !separators(text)) {
            return null;
        }
        int fraction = length == SHORTEST ? 0 : length - FRACTION_START - 1;
        if (fraction < 0 || fraction > MAX_FRACTION_DIGITS || fraction > 0 && text.charAt(SHORTEST - 1) != '.') {
            return null;
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = fraction == 0 ? 0 : digits(text, FRACTION_START, fraction);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            // Leap seconds, 24:00 and the like are Instant.parse's to judge.
            return null;
        }
        long day = epochDay(text);
        return day == Long.MIN_VALUE ? null
                : Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second,
                        (long) nanos * POWERS_OF_TEN[MAX_FRACTION_DIGITS - fraction]);
    }

    /**
     * Writes what {@link Instant#toString} writes, by hand for the years 1970 to 9999: through
     * {@code java.time}'s formatter it cost a fifth of writing a whole event as NDJSON.
     *
     * @param instant an instant
     * @param out where it goes
     */
    static void append(Instant instant, StringBuilder out) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            out.append(instant);
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        out.append(date.getYear()).append('-');
        twoDigits(out, date.getMonthValue()).append('-');
        twoDigits(out, date.getDayOfMonth()).append('T');
        twoDigits(out, secondOfDay / 3_600).append(':');
        twoDigits(out, secondOfDay / 60 % 60).append(':');
        twoDigits(out, secondOfDay % 60);
        int nanos = instant.getNano();
        if (nanos > 0) {
            // As many digits as it takes, by threes, as Instant.toString does.
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : MAX_FRACTION_DIGITS;
            int fraction = nanos / POWERS_OF_TEN[MAX_FRACTION_DIGITS - digits];
            out.append('.');
            for (int power = digits - 1; power >= 0; power--) {
                out.append((char) ('0' + fraction / POWERS_OF_TEN[power] % 10));
            }
        }
        out.append('Z');
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static boolean separators(CharSequence text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    private static long epochDay(CharSequence text) {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /** @return the number the digits write, or -1 when one of them is not an ASCII digit */
    private static int digits(CharSequence text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
