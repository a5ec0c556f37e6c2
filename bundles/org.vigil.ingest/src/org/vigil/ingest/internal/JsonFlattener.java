package org.vigil.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one JSON object with Jackson's streaming parser into flattened fields: nested objects
 * become dotted names, arrays of scalars become lists, and the fields of objects inside arrays
 * become lists under dotted names (as Elasticsearch flattens them). Whole numbers become
 * {@link Long} (a string when beyond its range), others {@link Double}; nulls are dropped.
 */
final class JsonFlattener {

    // Room for a typical log record's fields without growing the table on the way.
    private static final int EXPECTED_FIELDS = 64;

    private final JsonFactory factory = new JsonFactory();

    /**
     * @param line a line holding one JSON object
     * @return its flattened fields in document order
     * @throws RejectedRecordException when the line is not a complete JSON object
     */
    Map<String, Object> flatten(String line) throws RejectedRecordException {
        try {
            return flatten(factory.createParser(line));
        } catch (IOException e) {
            throw new RejectedRecordException(Messages.Rejection_badJson, e.getMessage());
        }
    }

    /**
     * @param utf8 an array holding a line of one JSON object, as well-formed UTF-8
     * @param offset where the line starts
     * @param length how many bytes it has
     * @return its flattened fields in document order
     * @throws RejectedRecordException when the line is not a complete JSON object
     */
    Map<String, Object> flatten(byte[] utf8, int offset, int length) throws RejectedRecordException {
        try {
            return flatten(factory.createParser(utf8, offset, length));
        } catch (IOException e) {
            throw new RejectedRecordException(Messages.Rejection_badJson, e.getMessage());
        }
    }

    private static Map<String, Object> flatten(JsonParser opened) throws RejectedRecordException {
        try (JsonParser parser = opened) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RejectedRecordException(Messages.Rejection_notJsonObject);
            }
            Map<String, Object> fields = new LinkedHashMap<>(EXPECTED_FIELDS);
            readObject(parser, "", fields);
            if (parser.nextToken() != null) {
                throw new RejectedRecordException(Messages.Rejection_notJsonObject);
            }
            fields.replaceAll((name, value) -> value instanceof List<?> list ? List.copyOf(list) : value);
            return fields;
        } catch (JsonProcessingException e) {
            throw new RejectedRecordException(Messages.Rejection_badJson, e.getOriginalMessage());
        } catch (IOException e) {
            throw new RejectedRecordException(Messages.Rejection_badJson, e.getMessage());
        }
    }

    private static void readObject(JsonParser parser, String prefix, Map<String, Object> fields)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            // The parser keeps one string per name: at the top level, no copy of it per record.
            String name = prefix.isEmpty() ? parser.currentName() : prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(parser, name + '.', fields);
            } else if (value == JsonToken.START_ARRAY) {
                readArray(parser, name, fields);
            } else {
                putScalar(parser, name, fields);
            }
        }
    }

    private static void readArray(JsonParser parser, String name, Map<String, Object> fields) throws IOException {
        List<Object> values = new ArrayList<>();
        boolean objects = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                objects = true;
                readArrayElement(parser, name, fields);
            } else if (token == JsonToken.START_ARRAY) {
                readArray(parser, name, fields);
            } else {
                addScalar(values, scalar(parser));
            }
        }
        if (!objects || !values.isEmpty()) {
            appendAll(fields, name, values);
        }
    }

    private static void readArrayElement(JsonParser parser, String name, Map<String, Object> fields)
            throws IOException {
        Map<String, Object> element = new LinkedHashMap<>();
        readObject(parser, name + '.', element);
        element.forEach((key, value) -> appendAll(fields, key, value instanceof List<?> list ? list : List.of(value)));
    }

    @SuppressWarnings("unchecked")
    private static void appendAll(Map<String, Object> fields, String name, List<?> values) {
        Object present = fields.get(name);
        List<Object> merged = present instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
        if (present != null && !(present instanceof List<?>)) {
            merged.add(present);
        }
        merged.addAll(values);
        fields.put(name, merged);
    }

    private static void putScalar(JsonParser parser, String name, Map<String, Object> fields) throws IOException {
        Object value = scalar(parser);
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static void addScalar(List<Object> values, Object value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static Object scalar(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getText()
                    : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
