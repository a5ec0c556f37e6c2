package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;
import org.vigil.ingest.internal.SyslogFormat;

/** Syslog of both RFCs, as rsyslog, network devices and appliances write it. */
class SyslogFormatTest {

    static final String RFC5424 = "<165>1 2026-10-02T08:15:03.003+07:00 fw01.corp.example.vn sshd 4123 ID47 "
            + "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" note=\"a \\\"quoted\\\" \\] value\"]"
            + "[origin ip=\"10.0.0.1\"] \uFEFFFailed password for root from 203.0.113.7 port 51544 ssh2";
    static final String RFC3164 = "<38>Oct  2 08:15:04 web-03 sshd[23817]: Accepted publickey for deploy from "
            + "10.0.0.8 port 40022 ssh2";
    static final String RFC3164_NO_PRI = "Oct  2 08:15:05 web-03 CRON[30011]: (root) CMD (run-parts /etc/cron.hourly)";

    private final SyslogFormat format = new SyslogFormat();

    @Test
    void rfc5424FieldsMapToEcs() {
        Event event = parse(format, "messages", lines(RFC5424)).events.get(0);

        assertEquals(Instant.parse("2026-10-02T01:15:03.003Z"), event.timestamp());
        assertEquals(165L, event.get("log.syslog.priority"));
        assertEquals(20L, event.get("log.syslog.facility.code"));
        assertEquals("local4", event.get("log.syslog.facility.name"));
        assertEquals(5L, event.get("log.syslog.severity.code"));
        assertEquals("Notice", event.get("log.syslog.severity.name"));
        assertEquals("fw01.corp.example.vn", event.get("host.hostname"));
        assertEquals("sshd", event.get("process.name"));
        assertEquals(4123L, event.get("process.pid"));
        assertEquals("ID47", event.get("log.syslog.msgid"));
        assertEquals("Application", event.get("log.syslog.structured_data.exampleSDID@32473.eventSource"));
        assertEquals("a \"quoted\" ] value", event.get("log.syslog.structured_data.exampleSDID@32473.note"));
        assertEquals("10.0.0.1", event.get("log.syslog.structured_data.origin.ip"));
        assertEquals("Failed password for root from 203.0.113.7 port 51544 ssh2", event.get("message"));
    }

    @Test
    void rfc5424NilValuesAreLeftOut() {
        Event event = parse(format, "messages", lines("<14>1 2026-10-02T01:15:03Z - app - - - started")).events
                .get(0);

        assertEquals("app", event.get("process.name"));
        assertEquals("started", event.get("message"));
        assertFalse(event.fields().containsKey("host.hostname"));
        assertFalse(event.fields().containsKey("log.syslog.msgid"));
    }

    @Test
    void bsdLinesTakeTheReferenceYearAndTheDefaultZone() {
        RecordingSink sink = parse(format, "auth.log", lines(RFC3164, RFC3164_NO_PRI));

        Event withPriority = sink.events.get(0);
        assertEquals(Instant.parse("2026-10-02T01:15:04Z"), withPriority.timestamp());
        assertEquals(4L, withPriority.get("log.syslog.facility.code"));
        assertEquals("Informational", withPriority.get("log.syslog.severity.name"));
        assertEquals("web-03", withPriority.get("host.hostname"));
        assertEquals("sshd", withPriority.get("process.name"));
        assertEquals(23817L, withPriority.get("process.pid"));
        assertEquals("Accepted publickey for deploy from 10.0.0.8 port 40022 ssh2", withPriority.get("message"));
        Event withoutPriority = sink.events.get(1);
        assertEquals("CRON", withoutPriority.get("process.name"));
        assertEquals("(root) CMD (run-parts /etc/cron.hourly)", withoutPriority.get("message"));
        assertFalse(withoutPriority.fields().containsKey("log.syslog.priority"));
    }

    @Test
    void bsdLinesFromDecemberInAJanuaryFileBelongToThePreviousYear() {
        ParseOptions january = new ParseOptions(LocalDate.of(2027, 1, 3), ZoneOffset.UTC);
        String text = lines("Dec 31 23:59:58 gw kernel: link down", "Jan  3 00:00:01 gw kernel: link up");

        RecordingSink sink = Parsing.parse(format, LogInput.ofText("kern.log", text), january);

        assertEquals(List.of(Instant.parse("2026-12-31T23:59:58Z"), Instant.parse("2027-01-03T00:00:01Z")),
                sink.events.stream().map(Event::timestamp).toList());
    }

    @Test
    void linesOfNeitherRfcAreRejected() {
        String text = lines(RFC3164, "--- rsyslogd restarted ---", "<999>Oct  2 08:15:06 web-03 x: y",
                "<14>1 - host app - - - no time", RFC5424);

        RecordingSink sink = parse(format, "syslog", text);

        assertEquals(2, sink.events.size());
        assertEquals(List.of(2L, 3L, 4L), sink.rejectedLines());
    }
}
