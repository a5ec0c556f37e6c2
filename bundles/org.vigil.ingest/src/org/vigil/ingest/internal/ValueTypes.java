package org.vigil.ingest.internal;

import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;

/**
 * The type of a single field value, for {@link org.vigil.ingest.FieldTypeDetector}; the rules
 * are documented there.
 */
public final class ValueTypes {

    private static final Pattern LONG = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DOUBLE = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int TEXT_WORDS = 3;
    private static final int TEXT_LENGTH = 256;

    private ValueTypes() {
    }

    /**
     * @param value a scalar field value
     * @return its type, or {@code null} for a null or blank value that says nothing
     */
    public static FieldType typeOf(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> FieldType.BOOLEAN;
            case Long l -> FieldType.LONG;
            case Integer i -> FieldType.LONG;
            case Number n -> FieldType.DOUBLE;
            case TemporalAccessor t -> FieldType.DATE;
            case String s -> typeOfText(s.strip());
            default -> FieldType.KEYWORD;
        };
    }

    private static FieldType typeOfText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return FieldType.BOOLEAN;
        }
        if (LONG.matcher(text).matches()) {
            return FieldType.LONG;
        }
        if (DOUBLE.matcher(text).matches()) {
            return FieldType.DOUBLE;
        }
        return isIp(text) ? FieldType.IP : isDate(text) ? FieldType.DATE : wordsType(text);
    }

    private static FieldType wordsType(String text) {
        boolean freeText = text.length() > TEXT_LENGTH || WORDS.split(text).length >= TEXT_WORDS;
        return freeText ? FieldType.TEXT : FieldType.KEYWORD;
    }

    /**
     * @param text a stripped string
     * @return whether it is an IPv4 or IPv6 literal; never resolves a host name
     */
    static boolean isIp(String text) {
        return IpLiterals.parse(text).isPresent();
    }

    private static boolean isDate(String text) {
        return DATE_SHAPE.matcher(text).matches()
                && Timestamps.tryParse(text.toUpperCase(Locale.ROOT), ZoneOffset.UTC) != null;
    }
}
