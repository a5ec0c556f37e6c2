package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.events.ConflictCounts;

/** The conflict policy both engines apply before they store an event (docs/TEAM-IMPORT.md). */
class FieldConflictsTest {

    private static final Instant TIME = Instant.parse("2026-11-10T01:00:00Z");
    private static final Map<String, FieldType> TYPES = Map.of("Keywords", FieldType.LONG, "source.ip", FieldType.IP,
            "event.created", FieldType.DATE, "score", FieldType.DOUBLE, "ok", FieldType.BOOLEAN, "host", FieldType.KEYWORD);

    @Test
    void aValueFitsWhatTheStoreCanIndexForTheType() {
        assertTrue(FieldConflicts.fits(FieldType.LONG, 32L) && FieldConflicts.fits(FieldType.LONG, "-32"));
        assertFalse(FieldConflicts.fits(FieldType.LONG, "0x8020000000000000"));
        assertFalse(FieldConflicts.fits(FieldType.LONG, "99999999999999999999"), "beyond a long");
        assertFalse(FieldConflicts.fits(FieldType.LONG, 1.5));
        assertTrue(FieldConflicts.fits(FieldType.DOUBLE, 3L) && FieldConflicts.fits(FieldType.DOUBLE, "1.5e3"));
        assertFalse(FieldConflicts.fits(FieldType.DOUBLE, "NaN") || FieldConflicts.fits(FieldType.DOUBLE, "0x1p3"));
        assertTrue(FieldConflicts.fits(FieldType.IP, "2001:db8::1") && !FieldConflicts.fits(FieldType.IP, "unknown"));
        assertTrue(FieldConflicts.fits(FieldType.DATE, "2026-11-10T01:00:00+07:00"));
        assertFalse(FieldConflicts.fits(FieldType.DATE, "yesterday") || FieldConflicts.fits(FieldType.DATE, 1700000000000L));
        assertTrue(FieldConflicts.fits(FieldType.BOOLEAN, "true") && !FieldConflicts.fits(FieldType.BOOLEAN, "yes"));
        assertTrue(FieldConflicts.fits(FieldType.KEYWORD, 32L) && FieldConflicts.fits(FieldType.TEXT, true));
    }

    @Test
    void anEventWhoseValuesAllFitIsStoredAsItIs() {
        Event event = event(Map.of("Keywords", 32L, "source.ip", "10.0.0.1", "host", 7L));

        assertSame(event, FieldConflicts.apply(event, (field, value) -> TYPES.get(field), (f, t, v) -> {
            throw new AssertionError("nothing to shadow");
        }));
    }

    @Test
    void valuesThatDoNotFitGoToTheShadowAsTextAndTheOthersStay() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Keywords", List.of(32L, "0x8020000000000000"));
        fields.put("source.ip", "unknown");
        fields.put("score", "high");
        fields.put("host", "web01");
        List<String> told = new ArrayList<>();

        Event stored = FieldConflicts.apply(event(fields), (field, value) -> TYPES.get(field),
                (field, type, value) -> told.add(field + ":" + type + ":" + value));

        assertEquals(32L, stored.get("Keywords"));
        assertEquals("0x8020000000000000", stored.get("vigil.conflict.Keywords"));
        assertEquals(null, stored.get("source.ip"));
        assertEquals("unknown", stored.get("vigil.conflict.source.ip"));
        assertEquals("web01", stored.get("host"));
        assertEquals(List.of("Keywords", "source.ip", "score"), stored.get(FieldConflicts.FIELDS));
        assertEquals(List.of("Keywords:LONG:0x8020000000000000", "source.ip:IP:unknown", "score:DOUBLE:high"), told);
    }

    @Test
    void theSessionCountsEachFieldAndPairOfTypesOnce() {
        ConflictCounts counts = new ConflictCounts();
        counts.shadowed("Keywords", FieldType.LONG, "0x80");
        counts.shadowed("source.ip", FieldType.IP, "unknown");
        counts.shadowed("Keywords", FieldType.LONG, "0x81");
        counts.shadowed("Keywords", FieldType.LONG, true);
        List<String> told = new ArrayList<>();

        counts.tell((field, storedAs, shadowedAs, count) -> told.add(field + " " + storedAs + " " + shadowedAs + " " + count));

        assertEquals(List.of("Keywords LONG KEYWORD 2", "source.ip IP KEYWORD 1", "Keywords LONG BOOLEAN 1"), told);
    }

    private static Event event(Map<String, Object> fields) {
        return new Event("e-1", TIME, fields);
    }
}
