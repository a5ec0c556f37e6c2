package org.vigil.ingest.internal;

import java.util.Map;

/**
 * Reads the STRUCTURED-DATA part of an RFC 5424 line, {@code [id name="value" ...]...} with
 * {@code \"}, {@code \\} and {@code \]} escaped inside values, into
 * {@code log.syslog.structured_data.<id>.<name>} fields.
 */
final class StructuredData {

    private static final String PREFIX = "log.syslog.structured_data.";
    private static final char NIL = '-';
    private static final char ESCAPE = '\\';

    private final String text;
    private final Map<String, Object> fields;
    private int position;

    private StructuredData(String text, Map<String, Object> fields) {
        this.text = text;
        this.fields = fields;
    }

    /**
     * @param rest the line after MSGID: structured data, then optionally a space and the message;
     *            lenient devices that leave the structured data out altogether are accepted
     * @param fields receives the parameters
     * @return the message, possibly empty
     * @throws RejectedRecordException when an element is malformed
     */
    static String read(String rest, Map<String, Object> fields) throws RejectedRecordException {
        if (rest.isEmpty() || rest.charAt(0) != '[' && rest.charAt(0) != NIL) {
            return rest;
        }
        StructuredData data = new StructuredData(rest, fields);
        data.readElements();
        return data.message();
    }

    private void readElements() throws RejectedRecordException {
        if (text.charAt(0) == NIL) {
            position = 1;
            return;
        }
        while (position < text.length() && text.charAt(position) == '[') {
            readElement();
        }
    }

    private void readElement() throws RejectedRecordException {
        position++;
        String id = readUntil(" ]");
        while (peek() == ' ') {
            position++;
            String name = readUntil("=");
            expect('=');
            expect('"');
            fields.put(PREFIX + id + '.' + name, readValue());
        }
        expect(']');
    }

    private String readValue() throws RejectedRecordException {
        StringBuilder value = new StringBuilder();
        for (char c = next(); c != '"'; c = next()) {
            value.append(c == ESCAPE && "\"\\]".indexOf(peek()) >= 0 ? next() : c);
        }
        return value.toString();
    }

    private String readUntil(String stops) throws RejectedRecordException {
        int start = position;
        while (stops.indexOf(peek()) < 0) {
            position++;
        }
        if (position == start) {
            throw malformed();
        }
        return text.substring(start, position);
    }

    private void expect(char expected) throws RejectedRecordException {
        if (next() != expected) {
            position--;
            throw malformed();
        }
    }

    private char next() throws RejectedRecordException {
        char c = peek();
        position++;
        return c;
    }

    private char peek() throws RejectedRecordException {
        if (position >= text.length()) {
            throw malformed();
        }
        return text.charAt(position);
    }

    private String message() {
        return position < text.length() && text.charAt(position) == ' ' ? text.substring(position + 1)
                : text.substring(position);
    }

    private RejectedRecordException malformed() {
        return new RejectedRecordException(Messages.Rejection_badStructuredData, position + 1);
    }
}
