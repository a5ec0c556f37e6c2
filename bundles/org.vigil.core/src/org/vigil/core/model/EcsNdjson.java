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

    /** The field every store keeps the event's id in. */
    static final String ID = "event.id";

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

    /**
     * Appends {@link #document(Event)} to a text being built, such as a {@code _bulk} request,
     * without making a string of it first. Added in package version 0.1.3.
     *
     * @param event the event
     * @param out where the line goes, without a newline
     */
    public static void appendDocument(Event event, StringBuilder out) {
        json(out, event, false, true);
    }

    private static String json(Event event, boolean pretty, boolean asStored) {
        return json(new StringBuilder(512), event, pretty, asStored).toString();
    }

    private static StringBuilder json(StringBuilder line, Event event, boolean pretty, boolean asStored) {
        String separator = pretty ? ",\n  " : ",";
        line.append(pretty ? "{\n  " : "{");
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
        return line.append(pretty ? "\n}" : "}");
    }

    private static void appendMember(StringBuilder line, String name, Object value) {
        appendString(line, name);
        line.append(':');
        appendValue(line, value);
    }

    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof Long number) {
            line.append(number.longValue());
        } else if (value instanceof Number || value instanceof Boolean) {
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
        } else if (value instanceof Instant instant) {
            line.append('"');
            IsoInstants.append(instant, line);
            line.append('"');
        } else {
            appendString(line, value.toString());
        }
    }

    /**
     * Copies the text between the characters JSON escapes as whole runs: one character at a time,
     * this was the most of what writing a {@code _bulk} request cost.
     */
    private static void appendString(StringBuilder line, String text) {
        line.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                line.append(text, run, i);
                escape(line, c);
                run = i + 1;
            }
        }
        if (run == 0) {
            line.append(text);
        } else {
            line.append(text, run, text.length());
        }
        line.append('"');
    }

    private static void escape(StringBuilder line, char c) {
        switch (c) {
            case '"' -> line.append("\\\"");
            case '\\' -> line.append("\\\\");
            case '\n' -> line.append("\\n");
            case '\r' -> line.append("\\r");
            case '\t' -> line.append("\\t");
            default -> line.append(String.format("\\u%04x", (int) c));
        }
    }
}
