package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
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
}
