package org.vigil.core.model;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;


/**
 * Writes events as ECS NDJSON, one object per line with flattened dotted keys, which both the
 * embedded importer and Elasticsearch's {@code _bulk} read. The id travels as {@code event.id},
 * once: every store keeps the event's id there, in place of a file's own field of that name.
 */
public final class EcsNdjson {

    private static final String ID = "event.id";

    private EcsNdjson() {
    }

    /**
     * @param event the event
     * @param out where the line goes, newline included
     * @throws IOException if the writer fails
     */
    public static void write(Event event, Writer out) throws IOException {
        out.append(json(event, false)).append('\n');
    }

    /**
     * @param event the event
     * @param pretty one member per indented line, for people, rather than one line, for files
     * @return the event as a JSON object with flattened dotted keys
     */
    public static String json(Event event, boolean pretty) {
        return json(event, pretty, false);
    }

    /**
     * The event as a store keeps it, with a single {@code event.id}: its id. A field of that name,
     * which an imported file can carry, would be a second member of that name, which Elasticsearch
     * refuses along with the whole document. Fields stores do not keep
     * ({@link KnownFields#isStored}) are left out, as the embedded store leaves them out, so that
     * both engines answer a query on them alike. Added in package version 0.1.2.
     *
     * @param event the event
     * @return one line of JSON with flattened dotted keys, without a field named {@code event.id}
     */
    public static String document(Event event) {
        return json(event, false, true);
    }

    private static String json(Event event, boolean pretty, boolean asStored) {
        String separator = pretty ? ",\n  " : ",";
        StringBuilder line = new StringBuilder(512).append(pretty ? "{\n  " : "{");
        appendMember(line, Event.TIMESTAMP, event.timestamp());
        line.append(separator);
        appendMember(line, ID, event.id());
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            // The id is written first; a field of that name, which an imported file can carry, would
            // be a second member of that name.
            if (!ID.equals(field.getKey()) && (!asStored || KnownFields.isStored(field.getKey()))) {
                line.append(separator);
                appendMember(line, field.getKey(), field.getValue());
            }
        }
        return line.append(pretty ? "\n}" : "}").toString();
    }

    private static void appendMember(StringBuilder line, String name, Object value) {
        appendString(line, name);
        line.append(':');
        appendValue(line, value);
    }

    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof List<?> values) {
            line.append('[');
            for (int i = 0; i < values.size(); i++) {
                line.append(i == 0 ? "" : ",");
                appendValue(line, values.get(i));
            }
            line.append(']');
        } else if (value == null) {
            line.append("null");
        } else {
            appendString(line, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }

    private static void appendString(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
