package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.elasticsearch.internal.imports.ImportIndices;

/** Where imported events go, and which index patterns find them. */
class ImportIndicesTest {

    private final ImportIndices indices = new ImportIndices(ImportIndices.DEFAULT_PREFIX);

    @Test
    void eachDatasetHasItsIndexNamedAsElasticsearchAllows() {
        assertEquals("vigil-events-zeek.conn", indices.indexOf(event(Map.of("event.dataset", "zeek.conn"))));
        assertEquals("vigil-events-windows_sysmon_x", indices.indexOf(event(Map.of("event.dataset", "Windows/Sysmon x"))));
        assertEquals("vigil-events-generic", indices.indexOf(event(Map.of("message", "no dataset"))));
        assertEquals("vigil-events-generic", indices.indexOf(event(Map.of("event.dataset", 42L))));
    }

    @Test
    void aPatternFindsTheImportsOnlyIfOneOfItsPartsMatchesEveryDataset() {
        assertTrue(indices.searchedBy("logs-*,vigil-events-*"));
        assertTrue(indices.searchedBy("vigil-*"));
        assertTrue(indices.searchedBy("*"));
        assertFalse(indices.searchedBy("logs-*"));
        assertFalse(indices.searchedBy("vigil-events-zeek*"));
        assertFalse(indices.searchedBy("-vigil-events-*"));
    }

    private static Event event(Map<String, Object> fields) {
        return new Event("id", Instant.parse("2026-05-04T08:15:00Z"), fields);
    }
}
