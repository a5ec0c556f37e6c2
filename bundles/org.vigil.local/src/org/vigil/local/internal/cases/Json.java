package org.vigil.local.internal.cases;

import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Case documents as the JSON text the H2 tables keep. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Map<String, Object> document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            // Documents hold only strings, numbers, booleans, lists and maps: this cannot fail.
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, DOCUMENT);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
