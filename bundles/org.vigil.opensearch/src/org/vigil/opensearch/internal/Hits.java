package org.vigil.opensearch.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IsoInstants;
import org.vigil.events.dsl.DslField;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hits read into events as the embedded store returns them: {@code _source} flattened to dotted
 * names, each value in the Java type of its field (whole numbers as {@code Long}, dates as
 * {@code Instant}), arrays as lists, the event time taken out into the event's timestamp.
 */
public final class Hits {

    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]XX"); //$NON-NLS-1$

    private final Map<String, DslField> fields;
    private final String timestampField;

    /**
     * @param fields the mapped fields, which decide the Java type of values
     * @param timestampField the field holding the event time
     */
    public Hits(Map<String, DslField> fields, String timestampField) {
        this.fields = fields;
        this.timestampField = timestampField;
    }

    /**
     * @param hits the {@code hits.hits} array of a search answer
     * @return the events
     */
    public List<Event> events(JsonNode hits) {
        List<Event> events = new ArrayList<>(hits.size());
        for (JsonNode hit : hits) {
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten(hit.path("_source"), "", flat); //$NON-NLS-1$ //$NON-NLS-2$
            Object time = flat.remove(timestampField);
            // An event without a readable time still shows, at the epoch, rather than failing the page.
            Instant timestamp = time instanceof Instant instant ? instant : Instant.EPOCH;
            events.add(new Event(hit.path("_id").asText(), timestamp, flat)); //$NON-NLS-1$
        }
        return events;
    }

    private void flatten(JsonNode node, String prefix, Map<String, Object> flat) {
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = prefix + member.getKey();
            JsonNode value = member.getValue();
            if (value.isObject()) {
                flatten(value, name + '.', flat);
            } else if (value.isArray()) {
                List<Object> values = new ArrayList<>(value.size());
                value.forEach(item -> values.add(typed(name, item)));
                flat.put(name, values);
            } else if (!value.isNull()) {
                flat.put(name, typed(name, value));
            }
        }
    }

    private Object typed(String name, JsonNode value) {
        DslField field = fields.get(name);
        FieldType type = field == null ? FieldType.KEYWORD : field.type();
        return switch (type) {
            case LONG -> value.canConvertToLong() && value.isIntegralNumber() ? (Object) value.asLong() : plain(value);
            case DOUBLE -> value.isNumber() ? (Object) value.asDouble() : plain(value);
            case DATE -> instant(value);
            case BOOLEAN -> value.isBoolean() ? (Object) value.asBoolean() : plain(value);
            default -> plain(value);
        };
    }

    private static Object instant(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        try {
            return IsoInstants.parse(value.asText());
        } catch (DateTimeParseException e) {
            // Wazuh and Beats write the offset without a colon: 2026-11-19T10:00:00.000+0000.
            try {
                return OffsetDateTime.parse(value.asText(), COMPACT_OFFSET).toInstant();
            } catch (DateTimeParseException again) {
                return value.asText();
            }
        }
    }

    private static Object plain(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
