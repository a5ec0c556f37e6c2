package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.events.CsvHits;

/** The CSV that spreadsheets and other tools read back, as RFC 4180 spells it. */
class CsvHitsTest {

    private static final Instant SEVEN_AM_IN_HANOI = Instant.parse("2026-09-10T00:00:00Z");

    private final StringWriter out = new StringWriter();

    @Test
    void headerComesFirstAndLinesEndInCrLf() throws IOException {
        CsvHits.start(out, List.of(Event.TIMESTAMP, CsvHits.ID, "source.ip"));
        assertEquals("@timestamp,_id,source.ip\r\n", out.toString());
    }

    @Test
    void timestampsAreUtcIsoAndMissingFieldsEmpty() throws IOException {
        CsvHits csv = CsvHits.start(out, List.of(Event.TIMESTAMP, CsvHits.ID, "source.ip", "user.name"));
        csv.accept(event(Map.of("source.ip", "10.0.0.1")));
        assertEquals("2026-09-10T00:00:00Z,e1,10.0.0.1,", lines()[1]);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Nguyen, \"\"Ba\"\"\"", CsvHits.quote("Nguyen, \"Ba\""));
        assertEquals("\"two\r\nlines\"", CsvHits.quote("two\r\nlines"));
        assertEquals("\"one\nline feed\"", CsvHits.quote("one\nline feed"));
        assertEquals("plain value; with semicolon", CsvHits.quote("plain value; with semicolon"));
    }

    @Test
    void sourceColumnHoldsTheWholeEventAsQuotedJson() throws IOException {
        CsvHits csv = CsvHits.start(out, List.of(CsvHits.SOURCE));
        csv.accept(event(Map.of("event.action", "port-scan")));
        assertEquals("\"{\"\"@timestamp\"\":\"\"2026-09-10T00:00:00Z\"\",\"\"event.id\"\":\"\"e1\"\","
                + "\"\"event.action\"\":\"\"port-scan\"\"}\"", lines()[1]);
    }

    @Test
    void columnsFollowTheGivenOrder() throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("a", "1");
        fields.put("b", 2L);
        CsvHits csv = CsvHits.start(out, List.of("b", Event.TIMESTAMP, "a"));
        csv.accept(event(fields));
        assertEquals("2,2026-09-10T00:00:00Z,1", lines()[1]);
    }

    private static Event event(Map<String, Object> fields) {
        return new Event("e1", SEVEN_AM_IN_HANOI, fields);
    }

    private String[] lines() {
        return out.toString().split("\r\n");
    }
}
