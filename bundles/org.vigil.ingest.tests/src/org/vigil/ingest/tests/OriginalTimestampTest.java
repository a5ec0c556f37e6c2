package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.internal.CsvFormat;
import org.vigil.ingest.internal.EcsJsonFormat;
import org.vigil.ingest.internal.SuricataEveFormat;
import org.vigil.ingest.internal.SyslogFormat;
import org.vigil.ingest.internal.ZeekJsonFormat;
import org.vigil.ingest.internal.ZeekTsvFormat;

/**
 * Every format puts the event's time in {@code @timestamp} as an instant in UTC and keeps the
 * time as the log wrote it in {@code vigil.timestamp.original}: a local time without offset is in
 * the import's zone (Asia/Ho_Chi_Minh, UTC+7 all year, in {@link Parsing#OPTIONS}), a time with
 * an offset keeps it, an epoch number is exact. A time already in UTC with {@code Z} is what
 * {@code @timestamp} holds, so nothing more is kept.
 */
class OriginalTimestampTest {

    private static final String ORIGINAL = "vigil.timestamp.original";
    /** 08:15:03 in Hà Nội. */
    private static final Instant MORNING = Instant.parse("2026-10-02T01:15:03Z");

    @Test
    void syslogKeepsTheHeaderAsWritten() {
        List<Event> events = events(new SyslogFormat(), "messages",
                "<38>Oct  2 08:15:03 web-03 sshd[23817]: Accepted publickey for deploy",
                "<165>1 2026-10-02T03:15:03.250+02:00 fw01 sshd 4123 ID47 - Failed password");

        assertTime(MORNING, "Oct  2 08:15:03", events.get(0));
        assertTime(Instant.parse("2026-10-02T01:15:03.250Z"), "2026-10-02T03:15:03.250+02:00", events.get(1));
    }

    @Test
    void csvKeepsItsTimeColumnAsWritten() {
        List<Event> events = events(new CsvFormat(), "export.csv", "time,user,action",
                "02/10/2026 08:15:03,an,login", "2026-10-02 08:15:03+07:00,binh,logout");

        assertTime(MORNING, "02/10/2026 08:15:03", events.get(0));
        assertTime(MORNING, "2026-10-02 08:15:03+07:00", events.get(1));
        assertFalse(events.get(0).fields().containsKey("time"), "the column is the time, not a field beside it");
    }

    @Test
    void zeekKeepsItsEpochSecondsWithTheMicroseconds() {
        Event json = events(new ZeekJsonFormat(), "conn.log",
                "{\"ts\":1790903703.123456,\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\"}").get(0);
        Event tsv = events(new ZeekTsvFormat(), "conn.log", "#separator \\x09", "#path\tconn",
                "#fields\tts\tuid", "#types\ttime\tstring", "1790903703.123456\tC1").get(0);

        Instant exact = Instant.ofEpochSecond(1_790_903_703L, 123_456_000L);
        assertTime(exact, "1790903703.123456", json);
        assertTime(exact, "1790903703.123456", tsv);
    }

    @Test
    void suricataKeepsItsOffsetTime() {
        Event event = events(new SuricataEveFormat(), "eve.json",
                "{\"timestamp\":\"2026-10-02T08:15:03.000512+0700\",\"event_type\":\"flow\",\"src_ip\":\"10.0.0.1\"}")
                .get(0);

        assertTime(Instant.parse("2026-10-02T01:15:03.000512Z"), "2026-10-02T08:15:03.000512+0700", event);
    }

    @Test
    void ecsKeepsALocalOrOffsetTimeAndAddsNothingToATimeInUtc() {
        List<Event> events = events(new EcsJsonFormat(), "events.ndjson",
                "{\"@timestamp\":\"2026-10-02T08:15:03\",\"message\":\"local\"}",
                "{\"@timestamp\":\"2026-10-02T08:15:03+07:00\",\"message\":\"offset\"}",
                "{\"@timestamp\":1790903703000,\"message\":\"epoch milliseconds\"}",
                "{\"@timestamp\":\"2026-10-02T01:15:03Z\",\"message\":\"utc\"}");

        assertTime(MORNING, "2026-10-02T08:15:03", events.get(0));
        assertTime(MORNING, "2026-10-02T08:15:03+07:00", events.get(1));
        assertTime(MORNING, "1790903703000", events.get(2));
        assertEquals(MORNING, events.get(3).timestamp());
        assertFalse(events.get(3).fields().containsKey(ORIGINAL), events.get(3).fields().toString());
    }

    private static List<Event> events(LogFormat format, String file, String... lines) {
        RecordingSink sink = parse(format, file, lines(lines));
        assertEquals(List.of(), sink.rejections);
        return sink.events;
    }

    private static void assertTime(Instant utc, String original, Event event) {
        assertEquals(utc, event.timestamp(), event.fields().toString());
        assertEquals(original, event.get(ORIGINAL), event.fields().toString());
    }
}
