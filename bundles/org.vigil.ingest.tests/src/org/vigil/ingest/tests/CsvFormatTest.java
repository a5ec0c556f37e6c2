package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.ingest.internal.CsvFormat;

/** CSV exports of firewalls and SIEMs, with RFC 4180 quoting. */
class CsvFormatTest {

    static final String FIREWALL = lines(
            "Time,src_ip,dst_ip,dst_port,action,note",
            "2026-10-02 08:15:03,10.0.0.5,203.0.113.9,22,deny,\"scan, then brute force\"",
            "2026-10-02T08:15:04+07:00,10.0.0.6,203.0.113.9,443,allow,\"analyst said:",
            "\"\"looks fine\"\"\"",
            "02/10/2026 08:15:05,10.0.0.7,203.0.113.9,80,allow,",
            "1790903706,10.0.0.8,203.0.113.9,80,allow,epoch seconds",
            "not a time,10.0.0.9,203.0.113.9,80,allow,",
            "2026-10-02 08:15:07,10.0.0.10,203.0.113.9");

    private final CsvFormat format = new CsvFormat();

    @Test
    void valuesAreNamedByTheHeaderAndQuotedCommasStayInTheirField() {
        Event first = parse(format, "fw.csv", FIREWALL).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:15:03Z"), first.timestamp(), "a zone-less time is in Ho Chi Minh");
        assertEquals("10.0.0.5", first.get("src_ip"));
        assertEquals("22", first.get("dst_port"));
        assertEquals("scan, then brute force", first.get("note"));
        assertFalse(first.fields().containsKey("Time"), "the time column is the timestamp");
    }

    @Test
    void aQuotedNewlineIsPartOfOneRecordReportedByItsFirstLine() {
        RecordingSink sink = parse(format, "fw.csv", FIREWALL);

        assertEquals("analyst said:\n\"looks fine\"", sink.events.get(1).get("note"));
        assertEquals(List.of(7L, 8L), sink.rejectedLines(), "lines after the two-line record keep their numbers");
    }

    @Test
    void severalDateFormsAreRead() {
        List<Instant> times = parse(format, "fw.csv", FIREWALL).events.stream().map(Event::timestamp).toList();

        assertEquals(List.of(Instant.parse("2026-10-02T01:15:03Z"), Instant.parse("2026-10-02T01:15:04Z"),
                Instant.parse("2026-10-02T01:15:05Z"), Instant.parse("2026-10-02T01:15:06Z")), times);
    }

    @Test
    void emptyValuesAreLeftOut() {
        Event third = parse(format, "fw.csv", FIREWALL).events.get(2);

        assertFalse(third.fields().containsKey("note"));
    }

    @Test
    void rowsWithAnUnreadableTimeOrTooFewColumnsAreRejected() {
        RecordingSink sink = parse(format, "fw.csv", FIREWALL);

        assertEquals(4, sink.events.size());
        assertTrue(sink.rejections.get(0).reason().contains("not a time"), sink.rejections.get(0).reason());
        assertTrue(sink.rejections.get(1).reason().contains("6"), sink.rejections.get(1).reason());
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfAFileRejectsOnlyTheLastRecord() {
        String text = lines("timestamp,message", "2026-10-02 08:15:03,ok") + "2026-10-02 08:15:04,\"cut off";

        RecordingSink sink = parse(format, "cut.csv", text);

        assertEquals(1, sink.events.size());
        assertEquals(List.of(3L), sink.rejectedLines());
    }

    @Test
    void aFileWithoutTimeColumnRejectsEveryRowSayingWhy() {
        RecordingSink sink = parse(format, "users.csv", lines("user,department", "an.nguyen,SOC", "binh.tran,NOC"));

        assertEquals(List.of(2L, 3L), sink.rejectedLines());
        assertTrue(sink.rejections.get(0).reason().contains("datetime"), sink.rejections.get(0).reason());
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsLiteralAndDoesNotJoinLines() {
        String text = lines("timestamp,asset,model", "2026-10-02 08:15:03,ws-042,Dell 27\" monitor",
                "2026-10-02 08:15:04,ws-043,\"HP, 24\"\" screen\"");

        RecordingSink sink = parse(format, "assets.csv", text);

        assertEquals(List.of(), sink.rejections);
        assertEquals(List.of("Dell 27\" monitor", "HP, 24\" screen"),
                sink.events.stream().map(event -> event.get("model")).toList());
    }
}
