package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.ingest.FieldTypeDetector;

/** Field types as the field list and query translation will show and use them. */
class FieldTypeDetectorTest {

    @Test
    void singleTypesAreRecognisedFromStringsAndTypedValues() {
        assertEquals(FieldType.IP, detect("10.0.0.1", "203.0.113.255", "2001:db8::1", "fe80::1%eth0"));
        assertEquals(FieldType.IP, detect("2001:0db8:0000:0000:0000:ff00:0042:8329"));
        assertEquals(FieldType.DATE, detect("2026-10-02T08:15:03+07:00", "2026-10-02", Instant.EPOCH));
        assertEquals(FieldType.LONG, detect("443", 80L, "-1"));
        assertEquals(FieldType.DOUBLE, detect("0.021318", 1.5));
        assertEquals(FieldType.BOOLEAN, detect("true", "FALSE", Boolean.TRUE));
        assertEquals(FieldType.KEYWORD, detect("deny", "allow", "ssh-server", "Ho Chi"));
        assertEquals(FieldType.TEXT, detect("Failed password for root from 203.0.113.7 port 51544 ssh2"));
    }

    @Test
    void thingsThatLookAlmostLikeAnotherTypeAreNot() {
        assertEquals(FieldType.KEYWORD, detect("999.1.1.1"), "not an address");
        assertEquals(FieldType.KEYWORD, detect("08:15:03"), "a clock time is neither an address nor a date");
        assertEquals(FieldType.KEYWORD, detect("10.0.0.0/8"));
        assertEquals(FieldType.KEYWORD, detect("2026-13-45"), "not a date");
    }

    @Test
    void disagreeingValuesFallBackSensibly() {
        assertEquals(FieldType.DOUBLE, detect("1", "2.5", 3L), "whole and decimal numbers make decimals");
        assertEquals(FieldType.TEXT, detect("ok", "connection reset by peer after 30 s"), "short and long text");
        assertEquals(FieldType.KEYWORD, detect("10.0.0.1", "unknown"), "an address field with a placeholder");
        assertEquals(FieldType.KEYWORD, detect("42", "true"));
    }

    @Test
    void blanksAndNullsSayNothingAndListsCountByElement() {
        assertEquals(FieldType.LONG, detect("", null, "  ", List.of(1L, 2L)));
        assertEquals(FieldType.KEYWORD, detect(), "no evidence");
    }

    @Test
    void eventsAreObservedFieldByFieldWithinTheSampleBound() {
        FieldTypeDetector detector = new FieldTypeDetector(2);
        detector.observe(event(Map.of("source.ip", "10.0.0.1", "bytes", 10L)));
        detector.observe(event(Map.of("source.ip", "10.0.0.2", "bytes", 20L)));
        detector.observe(event(Map.of("source.ip", "-", "bytes", 1.5)));

        assertEquals(Map.of("@timestamp", FieldType.DATE, "source.ip", FieldType.IP, "bytes", FieldType.LONG),
                detector.types(), "values past the sample of 2 are not looked at");
    }

    private static FieldType detect(Object... values) {
        return FieldTypeDetector.detect(Arrays.asList(values));
    }

    private static Event event(Map<String, Object> fields) {
        return new Event("id", Instant.parse("2026-10-02T01:15:03Z"), fields);
    }
}
