package org.vigil.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflict policy every Vigil store shares (docs/TEAM-IMPORT.md): a value that does not fit
 * its field's type is kept, as text, in the keyword field {@code vigil.conflict.<field>}, and
 * {@value #FIELDS} names the fields of the event that were shadowed. A record is never refused
 * for the type of one of its values, and a query on the field finds the value in its shadow.
 * Both engines apply the same check, so that they store the same document and count alike.
 * Added in package version 0.1.3.
 */
public final class FieldConflicts {

    /** The start of the name of every shadow field. */
    public static final String SHADOW_PREFIX = "vigil.conflict.";

    /** Lists the fields of an event whose values (some or all) went to their shadow. */
    public static final String FIELDS = SHADOW_PREFIX + "fields";

    private FieldConflicts() {
    }

    /** The type a store gives a field, fixed when the store first sees it. */
    @FunctionalInterface
    public interface FieldTypes {

        /**
         * @param field a field name
         * @param value the value about to be stored, a scalar or a list
         * @return the field's type, fixed now by this value if the field is new
         */
        FieldType resolve(String field, Object value);
    }

    /** Hears of each value that went to a shadow field. */
    @FunctionalInterface
    public interface Shadowed {

        /**
         * @param field the field the value was given for
         * @param storedAs the field's type, which the value does not fit
         * @param value the value, as it came
         */
        void shadowed(String field, FieldType storedAs, Object value);
    }

    /**
     * @param field a field name
     * @return the name of its shadow field
     */
    public static String shadowOf(String field) {
        return SHADOW_PREFIX + field;
    }

    /**
     * @param field a field name
     * @return whether it is a shadow field, or the list of shadowed names
     */
    public static boolean isShadow(String field) {
        return field.startsWith(SHADOW_PREFIX);
    }

    /**
     * Moves the values that do not fit their field's type to the field's shadow. Costs a type
     * lookup and a check per value; an event whose values all fit is returned as it is.
     *
     * @param event an event about to be stored
     * @param types the store's field types
     * @param shadowed told of every value moved
     * @return the event to store: the same one, or a copy with the shadow fields
     */
    public static Event apply(Event event, FieldTypes types, Shadowed shadowed) {
        Map<String, Object> fields = null;
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (value == null || isShadow(name) || !KnownFields.isStored(name) || EcsNdjson.ID.equals(name)) {
                // Stores leave those out, or keep the event's id there.
                continue;
            }
            FieldType type = types.resolve(name, value);
            if (!allFit(type, value)) {
                fields = fields == null ? new LinkedHashMap<>(event.fields()) : fields;
                split(fields, name, type, value, shadowed);
            }
        }
        return fields == null ? event : new Event(event.id(), event.timestamp(), fields);
    }

    private static boolean allFit(FieldType type, Object value) {
        if (value instanceof List<?> values) {
            for (Object single : values) {
                if (!fits(type, single)) {
                    return false;
                }
            }
            return true;
        }
        return fits(type, value);
    }

    /** Keeps the fitting values under the name, the others as text in its shadow, in their order. */
    private static void split(Map<String, Object> fields, String name, FieldType type, Object value,
            Shadowed shadowed) {
        List<Object> kept = new ArrayList<>();
        List<Object> moved = new ArrayList<>();
        for (Object single : value instanceof List<?> values ? values : List.of(value)) {
            if (fits(type, single)) {
                kept.add(single);
            } else {
                moved.add(single.toString());
                shadowed.shadowed(name, type, single);
            }
        }
        fields.remove(name);
        if (!kept.isEmpty()) {
            fields.put(name, kept.size() == 1 ? kept.get(0) : kept);
        }
        fields.put(shadowOf(name), moved.size() == 1 ? moved.get(0) : moved);
        Event.addValue(fields, FIELDS, name);
    }

    /**
     * Whether a store can index a value as a field of a type: whole numbers for {@code long}
     * (a {@link Long} or the digits of one), finite numbers for {@code double}, an instant or
     * ISO 8601 text for {@code date}, an address literal for {@code ip}, {@code true} or
     * {@code false} for {@code boolean}, anything for keyword and text.
     *
     * @param type the field's type
     * @param value one value, not a list
     * @return whether the value fits
     */
    public static boolean fits(FieldType type, Object value) {
        return switch (type) {
            case KEYWORD, TEXT -> true;
            case LONG -> value instanceof Long || value instanceof Integer
                    || value instanceof String text && isWholeNumber(text);
            case DOUBLE -> value instanceof Number number ? Double.isFinite(number.doubleValue())
                    : value instanceof String text && isDecimal(text);
            case BOOLEAN -> value instanceof Boolean || "true".equals(value) || "false".equals(value);
            case DATE -> value instanceof Instant || value instanceof String text && isInstant(text);
            case IP -> value instanceof String text && IpLiterals.parse(text).isPresent();
        };
    }

    /**
     * @param value a scalar value as it came
     * @return the type its form has: numbers, booleans and instants their own, text keyword
     */
    public static FieldType typeOfValue(Object value) {
        return switch (value) {
            case Long l -> FieldType.LONG;
            case Integer i -> FieldType.LONG;
            case Number n -> FieldType.DOUBLE;
            case Boolean b -> FieldType.BOOLEAN;
            case Instant t -> FieldType.DATE;
            default -> FieldType.KEYWORD;
        };
    }

    private static boolean isWholeNumber(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (text.length() == start || text.length() - start > 19 || !digits(text, start)) {
            return false;
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            // Nineteen digits beyond the range of a long.
            return false;
        }
    }

    private static boolean digits(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits, a sign, a point and an exponent only: {@code NaN}, {@code 0x1p3} or {@code 1d} do not fit. */
    private static boolean isDecimal(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInstant(String text) {
        try {
            IsoInstants.parse(text);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
