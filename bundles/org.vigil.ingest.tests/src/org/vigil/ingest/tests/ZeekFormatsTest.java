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
import org.vigil.ingest.internal.ZeekJsonFormat;
import org.vigil.ingest.internal.ZeekTsvFormat;

/** Zeek logs in both of Zeek's writers, with the unset and empty values real logs are full of. */
class ZeekFormatsTest {

    static final String CONN_TSV = lines(
            "#separator \\x09",
            "#set_separator\t,",
            "#empty_field\t(empty)",
            "#unset_field\t-",
            "#path\tconn",
            "#open\t2026-10-02-08-00-00",
            "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes"
                    + "\tlocal_orig\ttunnel_parents",
            "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tbool\tset[string]",
            "1790903703.123456\tCwpMQb1lDqpdR1Bw2\t192.168.1.15\t52814\t8.8.8.8\t53\tudp\tdns\t0.021318\t38\tT"
                    + "\t(empty)",
            "1790903704.500000\tC3k2Lq3rXq7Yk5PZp\t192.168.1.15\t52816\t93.184.216.34\t443\ttcp\t-\t-\t-\tF"
                    + "\tCx1,Cx2",
            "1790903705.000000\tCbroken\t192.168.1.15\t52818",
            "#close\t2026-10-02-09-00-00");
    static final String CONN_JSON = lines(
            "{\"ts\":1790903703.123456,\"uid\":\"CwpMQb1lDqpdR1Bw2\",\"id.orig_h\":\"192.168.1.15\","
                    + "\"id.orig_p\":52814,\"id.resp_h\":\"8.8.8.8\",\"id.resp_p\":53,\"proto\":\"udp\","
                    + "\"service\":\"dns\",\"duration\":0.021318,\"orig_bytes\":38,\"local_orig\":true}",
            "{\"ts\":\"2026-10-02T01:15:04.500000Z\",\"uid\":\"C3k2Lq3rXq7Yk5PZp\",\"id.orig_h\":\"192.168.1.15\","
                    + "\"id.orig_p\":52816,\"id.resp_h\":\"93.184.216.34\",\"id.resp_p\":443,\"proto\":\"tcp\"}",
            "{\"uid\":\"Cnots\",\"proto\":\"tcp\"}");

    @Test
    void tsvValuesTakeTheHeaderTypesAndMapToEcs() {
        Event dns = parse(new ZeekTsvFormat(), "/var/log/zeek/current/conn.log", CONN_TSV).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:15:03.123456Z"), dns.timestamp());
        assertEquals("192.168.1.15", dns.get("source.ip"));
        assertEquals(52814L, dns.get("source.port"));
        assertEquals("8.8.8.8", dns.get("destination.ip"));
        assertEquals(53L, dns.get("destination.port"));
        assertEquals("udp", dns.get("network.transport"));
        assertEquals("dns", dns.get("network.protocol"));
        assertEquals(0.021318, dns.get("zeek.conn.duration"));
        assertEquals(38L, dns.get("zeek.conn.orig_bytes"));
        assertEquals(Boolean.TRUE, dns.get("zeek.conn.local_orig"));
        assertEquals(List.of(), dns.get("zeek.conn.tunnel_parents"), "(empty) is an empty set");
        assertEquals("zeek.conn", dns.get("event.dataset"));
    }

    @Test
    void tsvUnsetValuesAreLeftOutAndSetsAreLists() {
        Event https = parse(new ZeekTsvFormat(), "conn.log", CONN_TSV).events.get(1);

        assertFalse(https.fields().containsKey("zeek.conn.service"), "- means unset");
        assertFalse(https.fields().containsKey("network.protocol"));
        assertFalse(https.fields().containsKey("zeek.conn.duration"));
        assertEquals(Boolean.FALSE, https.get("zeek.conn.local_orig"));
        assertEquals(List.of("Cx1", "Cx2"), https.get("zeek.conn.tunnel_parents"));
    }

    @Test
    void aTruncatedTsvLineIsRejectedWithItsLineNumber() {
        RecordingSink sink = parse(new ZeekTsvFormat(), "conn.log", CONN_TSV);

        assertEquals(2, sink.events.size());
        assertEquals(List.of(11L), sink.rejectedLines());
        assertTrue(sink.rejections.get(0).reason().contains("12"), sink.rejections.get(0).reason());
    }

    @Test
    void tsvDataBeforeTheFieldsHeaderIsRejected() {
        String text = lines("1790903703.1\tCx\t10.0.0.1", "#fields\tts\tuid", "#types\ttime\tstring",
                "1790903703.1\tCy");

        RecordingSink sink = parse(new ZeekTsvFormat(), "weird.log", text);

        assertEquals(List.of(1L), sink.rejectedLines());
        assertEquals("Cy", sink.events.get(0).get("zeek.weird.uid"), "without #path the file names the log");
    }

    @Test
    void tsvValueThatDoesNotFitItsTypeIsRejected() {
        String text = lines("#fields\tts\tid.orig_p", "#types\ttime\tport", "1790903703.1\thttps");

        RecordingSink sink = parse(new ZeekTsvFormat(), "conn.log", text);

        assertEquals(List.of(3L), sink.rejectedLines());
        assertTrue(sink.rejections.get(0).reason().contains("https"), sink.rejections.get(0).reason());
    }

    @Test
    void jsonAcceptsEpochAndIsoTimesAndTakesTheLogNameFromTheFile() {
        RecordingSink sink = parse(new ZeekJsonFormat(), "/data/zeek/conn.00:00:00-01:00:00.log", CONN_JSON);

        assertEquals(2, sink.events.size());
        Event dns = sink.events.get(0);
        assertEquals(Instant.parse("2026-10-02T01:15:03.123456Z"), dns.timestamp());
        assertEquals("192.168.1.15", dns.get("source.ip"));
        assertEquals(53L, dns.get("destination.port"));
        assertEquals("CwpMQb1lDqpdR1Bw2", dns.get("zeek.conn.uid"));
        assertEquals(Instant.parse("2026-10-02T01:15:04.5Z"), sink.events.get(1).timestamp());
        assertEquals(List.of(3L), sink.rejectedLines());
    }

    @Test
    void jsonTakesTheLogNameFromPathWhenZeekWritesIt() {
        String line = "{\"_path\":\"dns\",\"ts\":1790903703.5,\"id.orig_h\":\"10.1.1.1\",\"query\":\"evil.example\"}";

        Event event = parse(new ZeekJsonFormat(), "zeek.json", lines(line)).events.get(0);

        assertEquals("evil.example", event.get("zeek.dns.query"));
        assertEquals("evil.example", event.get("dns.question.name"));
        assertEquals("10.1.1.1", event.get("source.ip"));
    }
}
