package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;

/** The document a store receives, on the embedded store and on Elasticsearch alike. */
class EcsNdjsonTest {

    @Test
    void aStoredDocumentHasOneEventIdAndLeavesOutWhatTheRegistryNamesAgain() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.id", "from-the-file");
        fields.put("source.ip", "10.20.3.44");
        fields.put("vigil.system.id", "cong-ttdt-tinh");
        fields.put("vigil.system.name", "Cổng thông tin điện tử tỉnh");
        fields.put("vigil.system.level", 3L);
        Event event = new Event("abc123", Instant.parse("2026-11-24T03:00:00Z"), fields);

        String stored = EcsNdjson.document(event);
        String shown = EcsNdjson.json(event, false);

        assertTrue(stored.contains("\"event.id\":\"abc123\"") && !stored.contains("from-the-file"), stored);
        assertTrue(stored.contains("\"vigil.system.id\":\"cong-ttdt-tinh\"") && stored.contains("\"vigil.system.level\":3"),
                stored);
        assertFalse(stored.contains("vigil.system.name"), stored);
        assertTrue(shown.contains("Cổng thông tin điện tử tỉnh"), shown);
        assertTrue(shown.contains("\"event.id\":\"abc123\"") && !shown.contains("from-the-file"), shown);
    }

    @Test
    void writesEveryTimestampAsInstantDoesAndEscapesWhatJsonMust() {
        for (Instant at : List.of(Instant.parse("2026-11-24T03:00:00Z"), Instant.parse("1970-01-01T00:00:00.001Z"),
                Instant.parse("2026-02-28T23:59:59.120Z"), Instant.parse("2026-12-31T09:05:07.000120Z"),
                Instant.parse("2024-02-29T12:00:00.000000007Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.5Z"))) {
            Event event = new Event("id", at, Map.of("seen", at));

            assertEquals("{\"@timestamp\":\"" + at + "\",\"event.id\":\"id\",\"seen\":\"" + at + "\"}",
                    EcsNdjson.json(event, false));
        }
        Event odd = new Event("id", Instant.parse("2026-11-24T03:00:00Z"),
                Map.of("message", "say \"hi\"\\ to\tthe\r\nnext\u0001 Đà Nẵng 🙂"));

        StringBuilder request = new StringBuilder("{\"index\":{}}\n");
        EcsNdjson.appendDocument(odd, request);

        assertEquals("{\"index\":{}}\n" + EcsNdjson.document(odd), request.toString());
        assertTrue(request.toString().endsWith(
                "\"message\":\"say \\\"hi\\\"\\\\ to\\tthe\\r\\nnext\\u0001 Đà Nẵng 🙂\"}"), request.toString());
    }
}
