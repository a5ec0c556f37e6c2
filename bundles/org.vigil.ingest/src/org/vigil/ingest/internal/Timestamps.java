package org.vigil.ingest.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.vigil.core.model.IsoInstants;
import org.vigil.core.model.KnownFields;

/**
 * Reads the timestamps logs use. Strings are tried against, in order: ISO 8601 with {@code T} or
 * a space, optional seconds and fraction, and an optional offset as {@code Z}, {@code +07:00},
 * {@code +0700} or {@code +07}; {@code dd/MM/yyyy HH:mm[:ss]} (day first, as Vietnamese and
 * European tools write it); {@code yyyy/MM/dd HH:mm:ss}; Apache's
 * {@code dd/MMM/yyyy:HH:mm:ss Z}; RFC 1123; and the dates {@code yyyy-MM-dd} and
 * {@code dd/MM/yyyy} at midnight. Digits-only strings are epoch seconds (10 digits, optionally
 * with a fraction) or milliseconds (13 digits). A time without an offset is in the given zone.
 */
final class Timestamps {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().appendPattern("HH:mm").optionalStart()
            .appendPattern(":ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().optionalEnd().optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().optionalStart()
            .appendOffset("+HHMM", "Z").optionalEnd().optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> FORMATS = List.of(ISO,
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd/MMM/uuuu:HH:mm:ss Z", Locale.ENGLISH),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,10}(\\.\\d{1,9})?");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{13}");

    private Timestamps() {
    }

    /**
     * @param text a timestamp in one of the forms above
     * @param zone the zone of a timestamp without offset
     * @return the instant, or {@code null} when the text is in none of the forms
     */
    static Instant tryParse(String text, ZoneId zone) {
        String trimmed = text.strip();
        Instant utc = IsoInstants.parseUtc(trimmed);
        if (utc != null) {
            // The form of nearly every shipped timestamp, read without the formatters below.
            return utc;
        }
        if (EPOCH_SECONDS.matcher(trimmed).matches()) {
            return epochSeconds(new BigDecimal(trimmed));
        }
        if (EPOCH_MILLIS.matcher(trimmed).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(trimmed));
        }
        for (DateTimeFormatter format : FORMATS) {
            Instant instant = tryFormat(format, trimmed, zone);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /**
     * @param value a field value holding a time: a string in a form above, or a number in
     *            {@code numberUnit} since the epoch
     * @param field the field's name, for the rejection
     * @param zone the zone of a timestamp without offset
     * @param numberUnit {@link ChronoUnit#SECONDS} or {@link ChronoUnit#MILLIS}
     * @return the instant
     * @throws RejectedRecordException when the value is missing or unreadable
     */
    static Instant require(Object value, String field, ZoneId zone, ChronoUnit numberUnit)
            throws RejectedRecordException {
        Instant instant = switch (value) {
            case null -> throw new RejectedRecordException(Messages.Rejection_missingField, field);
            case Number number -> fromNumber(number, numberUnit);
            default -> tryParse(value.toString(), zone);
        };
        if (instant == null) {
            throw new RejectedRecordException(Messages.Rejection_badTimestamp, field, value);
        }
        return instant;
    }

    /**
     * Keeps an event's time as its log wrote it, in {@link KnownFields#ORIGINAL_TIMESTAMP}, unless
     * it is already in {@code @timestamp}'s own form (ISO 8601 in UTC, with {@code Z}): the zone or
     * offset of a local time, the digits of an epoch time beyond the milliseconds that
     * Elasticsearch keeps (Zeek's microseconds), a syslog header's form would otherwise be lost.
     *
     * @param value the time as the record held it, a string or a number
     * @param fields the event's fields, to which the original is added
     */
    static void keepOriginal(Object value, Map<String, Object> fields) {
        String text = value instanceof Number number ? new BigDecimal(number.toString()).toPlainString()
                : String.valueOf(value);
        if (IsoInstants.parseUtc(text) == null) {
            fields.put(KnownFields.ORIGINAL_TIMESTAMP, text);
        }
    }

    /**
     * @param seconds seconds since the epoch, with a fraction down to nanoseconds
     * @return the instant
     */
    static Instant epochSeconds(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private static Instant fromNumber(Number number, ChronoUnit unit) {
        BigDecimal seconds = new BigDecimal(number.toString());
        return epochSeconds(unit == ChronoUnit.MILLIS ? seconds.movePointLeft(3) : seconds);
    }

    private static Instant tryFormat(DateTimeFormatter format, String text, ZoneId zone) {
        try {
            TemporalAccessor parsed = format.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
                    LocalDateTime::from, LocalDate::from);
            return switch (parsed) {
                case ZonedDateTime zoned -> zoned.toInstant();
                case OffsetDateTime offset -> offset.toInstant();
                case LocalDateTime local -> local.atZone(zone).toInstant();
                case LocalDate date -> date.atStartOfDay(zone).toInstant();
                default -> null;
            };
        } catch (DateTimeException e) {
            return null;
        }
    }
}
