package org.vigil.elasticsearch.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IsoInstants;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

/**
 * Turns hits back into {@link Event}s as the embedded store returns them: {@code _source}
 * flattened to dotted names (by {@link SearchResponses}), values in the Java type of their field
 * (whole numbers as {@link Long}, dates as {@link Instant}), the timestamp field as the event's
 * time and {@code _id} as its id.
 */
public final class HitEvents {

    private final DslFields fields;
    private final String timestampField;

    /**
     * @param fields the types of the searched fields, which decide the Java type of values
     * @param timestampField the field that holds the event time
     */
    public HitEvents(DslFields fields, String timestampField) {
        this.fields = fields;
        this.timestampField = timestampField;
    }

    /**
     * @param id the hit's {@code _id}
     * @param flat its {@code _source} flattened to dotted names, each value already
     *            {@link #typed}; the method takes the timestamp out of it
     * @return the event
     */
    public Event toEvent(String id, Map<String, Object> flat) {
        Object time = flat.remove(timestampField);
        // An event without a readable time still shows, at the epoch, rather than failing the page.
        Instant timestamp = instant(time).orElse(Instant.EPOCH);
        return new Event(id, timestamp, flat);
    }

    /**
     * @param name a field of the hit
     * @param value one of its values, as JSON gave it
     * @return the value in the Java type of the field, as the embedded store returns it
     */
    public Object typed(String name, Object value) {
        FieldType type = fields.get(name).map(DslField::type).orElse(FieldType.KEYWORD);
        return switch (type) {
            case LONG -> value instanceof Number number && !(value instanceof Double) ? number.longValue() : value;
            case DOUBLE -> value instanceof Number number ? number.doubleValue() : value;
            case DATE -> instant(value).map(Object.class::cast).orElse(value);
            case BOOLEAN -> "true".equals(String.valueOf(value)) || "false".equals(String.valueOf(value)) //$NON-NLS-1$ //$NON-NLS-2$
                    ? Boolean.valueOf(String.valueOf(value)) : value;
            default -> value instanceof Integer number ? Long.valueOf(number) : value;
        };
    }

    private static Optional<Instant> instant(Object value) {
        if (value instanceof Instant typed) {
            return Optional.of(typed);
        }
        if (value instanceof Number millis) {
            return Optional.of(Instant.ofEpochMilli(millis.longValue()));
        }
        try {
            return value == null ? Optional.empty() : Optional.of(IsoInstants.parse(value.toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
