package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.ingest.internal.SuricataEveFormat;

/** Suricata eve.json records mapped to ECS, with the originals kept. */
class SuricataEveFormatTest {

    static final String ALERT = "{\"timestamp\":\"2026-10-02T08:15:03.123456+0700\",\"flow_id\":1422397563231852,"
            + "\"in_iface\":\"eth1\",\"event_type\":\"alert\",\"src_ip\":\"10.20.30.40\",\"src_port\":49822,"
            + "\"dest_ip\":\"198.51.100.23\",\"dest_port\":443,\"proto\":\"TCP\",\"app_proto\":\"tls\","
            + "\"community_id\":\"1:Lw0bBmBLvY1ZqGqLh1eLCB0ydOg=\",\"alert\":{\"action\":\"allowed\",\"gid\":1,"
            + "\"signature_id\":2027865,\"rev\":3,\"signature\":\"ET INFO Observed DNS over HTTPS Domain in TLS SNI\","
            + "\"category\":\"Potentially Bad Traffic\",\"severity\":2},\"tls\":{\"sni\":\"dns.example.net\","
            + "\"version\":\"TLS 1.3\"}}";
    static final String FLOW = "{\"timestamp\":\"2026-10-02T08:15:04.000001+0700\",\"flow_id\":99,"
            + "\"event_type\":\"flow\",\"src_ip\":\"fe80::1\",\"src_port\":5353,\"dest_ip\":\"ff02::fb\","
            + "\"dest_port\":5353,\"proto\":\"UDP\",\"flow\":{\"pkts_toserver\":4,\"bytes_toserver\":412,"
            + "\"state\":\"new\"}}";

    private final SuricataEveFormat format = new SuricataEveFormat();

    @Test
    void anAlertGetsEcsNamesAndKeepsItsOriginalFields() {
        Event alert = parse(format, "eve.json", lines(ALERT)).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:15:03.123456Z"), alert.timestamp());
        assertEquals("10.20.30.40", alert.get("source.ip"));
        assertEquals(49822L, alert.get("source.port"));
        assertEquals("198.51.100.23", alert.get("destination.ip"));
        assertEquals(443L, alert.get("destination.port"));
        assertEquals("tcp", alert.get("network.transport"));
        assertEquals("tls", alert.get("network.protocol"));
        assertEquals("ET INFO Observed DNS over HTTPS Domain in TLS SNI", alert.get("rule.name"));
        assertEquals(2027865L, alert.get("rule.id"));
        assertEquals("alert", alert.get("event.kind"));
        assertEquals(List.of("network", "intrusion_detection"), alert.get("event.category"));
        assertEquals("dns.example.net", alert.get("tls.client.server_name"));
        assertEquals("ET INFO Observed DNS over HTTPS Domain in TLS SNI", alert.get("suricata.eve.alert.signature"));
        assertEquals("TCP", alert.get("suricata.eve.proto"));
        assertEquals(1422397563231852L, alert.get("suricata.eve.flow_id"));
    }

    @Test
    void aFlowRecordIsANetworkEvent() {
        Event flow = parse(format, "eve.json", lines(FLOW)).events.get(0);

        assertEquals("event", flow.get("event.kind"));
        assertEquals(List.of("network"), flow.get("event.category"));
        assertEquals("udp", flow.get("network.transport"));
        assertEquals("fe80::1", flow.get("source.ip"));
        assertEquals(412L, flow.get("suricata.eve.flow.bytes_toserver"));
    }

    @Test
    void aRecordWithoutTimestampIsRejected() {
        RecordingSink sink = parse(format, "eve.json", lines(ALERT, "{\"event_type\":\"stats\"}", FLOW));

        assertEquals(2, sink.events.size());
        assertEquals(List.of(2L), sink.rejectedLines());
        assertTrue(sink.rejections.get(0).reason().contains("timestamp"), sink.rejections.get(0).reason());
    }
}
