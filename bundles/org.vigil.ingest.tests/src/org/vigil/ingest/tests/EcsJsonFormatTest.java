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
import org.vigil.ingest.Rejection;
import org.vigil.ingest.internal.EcsJsonFormat;

/** ECS NDJSON as Filebeat writes it, and the broken lines a shipper leaves behind. */
class EcsJsonFormatTest {

    private static final String LOGIN = "{\"@timestamp\":\"2026-10-02T01:15:03.120Z\",\"event\":{\"category\":"
            + "[\"authentication\"],\"outcome\":\"failure\"},\"source\":{\"ip\":\"203.0.113.7\",\"port\":51544},"
            + "\"user\":{\"name\":\"root\"},\"ssh\":{\"kex\":null},\"risk\":0.75,\"tags\":[\"ssh\",\"vn-hcm\"]}";
    private static final String PROCESS = "{\"@timestamp\":\"2026-10-02T08:16:00+07:00\",\"process\":{\"name\":"
            + "\"powershell.exe\",\"args\":[\"-enc\",\"SQBFAFgA\"]},\"host\":{\"name\":\"ws-042\"}}";

    private final EcsJsonFormat format = new EcsJsonFormat();

    @Test
    void nestedObjectsBecomeDottedFieldsAndArraysStayLists() {
        Event event = parse(format, "auth.ndjson", lines(LOGIN)).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:15:03.120Z"), event.timestamp());
        assertEquals("203.0.113.7", event.get("source.ip"));
        assertEquals(51544L, event.get("source.port"));
        assertEquals(0.75, event.get("risk"));
        assertEquals(List.of("authentication"), event.get("event.category"));
        assertEquals(List.of("ssh", "vn-hcm"), event.get("tags"));
        assertFalse(event.fields().containsKey("@timestamp"), "@timestamp is the event's timestamp, not a field");
        assertFalse(event.fields().containsKey("ssh.kex"), "null values are dropped");
    }

    @Test
    void anOffsetTimestampIsConvertedToUtc() {
        Event event = parse(format, "edr.ndjson", lines(PROCESS)).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:16:00Z"), event.timestamp());
        assertEquals(List.of("-enc", "SQBFAFgA"), event.get("process.args"));
    }

    @Test
    void objectsInsideArraysFlattenToListsPerField() {
        String line = "{\"@timestamp\":\"2026-10-02T01:15:03Z\",\"dns\":{\"answers\":[{\"type\":\"A\",\"data\":"
                + "\"198.51.100.1\"},{\"type\":\"A\",\"data\":\"198.51.100.2\"}]}}";

        Event event = parse(format, "dns.ndjson", lines(line)).events.get(0);

        assertEquals(List.of("198.51.100.1", "198.51.100.2"), event.get("dns.answers.data"));
        assertEquals(List.of("A", "A"), event.get("dns.answers.type"));
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumberAndTheRestIsImported() {
        String text = lines(LOGIN,
                "{\"event\":{\"action\":\"logon\"}}",
                "{\"@timestamp\":\"yesterday\",\"event\":{\"action\":\"logon\"}}",
                "",
                "this is not json",
                "[1,2,3]",
                PROCESS);

        RecordingSink sink = parse(format, "mixed.ndjson", text);

        assertEquals(2, sink.events.size());
        assertEquals(List.of(2L, 3L, 5L, 6L), sink.rejectedLines(), "the blank line 4 is skipped, not rejected");
        Rejection missing = sink.rejections.get(0);
        assertEquals("mixed.ndjson", missing.file());
        assertTrue(missing.reason().contains("@timestamp"), missing.reason());
        assertTrue(sink.rejections.get(1).reason().contains("yesterday"), sink.rejections.get(1).reason());
    }

    @Test
    void aLastLineCutInTheMiddleIsRejectedAndTheLinesBeforeItKept() {
        String text = lines(LOGIN, PROCESS) + PROCESS.substring(0, 60);

        RecordingSink sink = parse(format, "cut.ndjson", text);

        assertEquals(2, sink.events.size());
        assertEquals(List.of(3L), sink.rejectedLines());
    }

    @Test
    void aNumericTimestampIsEpochMilliseconds() {
        Event event = parse(format, "ms.ndjson", lines("{\"@timestamp\":1790903703120,\"a\":1}")).events.get(0);

        assertEquals(Instant.ofEpochMilli(1790903703120L), event.timestamp());
    }
}
