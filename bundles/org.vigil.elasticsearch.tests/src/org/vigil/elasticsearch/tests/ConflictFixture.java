package org.vigil.elasticsearch.tests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.TimeRange;

/**
 * Log lines made by the project with each kind of field-type conflict of issue 10 across records,
 * as ECS NDJSON: Windows {@code Keywords} as a number from one shipper and a hex string from
 * another (one record has both), {@code host} as a name next to Winlogbeat's {@code host.name},
 * Zeek's flat {@code id.orig_h} next to a plain {@code id}, an address field with a word in it,
 * and Zeek's {@code version}, a number in {@code zeek.ntp} and a string in {@code zeek.ssl}. The
 * {@code ntp} lines come before the {@code ssl} ones, so that the embedded store, with one type per
 * field, types {@code version} as Elasticsearch's {@code zeek.ntp} index does.
 */
final class ConflictFixture {

    static final List<String> LINES = List.of(
            line("01:00", "windows.security", "\"Keywords\":32,\"host\":\"web01\",\"event.code\":\"4624\",\"source.ip\":\"10.0.0.5\""),
            line("01:01", "windows.security", "\"Keywords\":\"0x8020000000000000\",\"host\":{\"name\":\"web01\"},\"event.code\":\"4625\""),
            line("01:02", "windows.security", "\"Keywords\":32,\"host\":{\"name\":\"db02\"},\"event.code\":\"4624\""),
            line("01:03", "windows.security", "\"Keywords\":\"0x8010000000000000\",\"host\":\"web01\",\"event.code\":\"4688\",\"source.ip\":\"unknown\""),
            line("01:04", "windows.security", "\"Keywords\":[32,\"0x8020000000000000\"],\"host\":\"db02\""),
            line("02:00", "zeek.conn", "\"id\":\"C1\",\"id.orig_h\":\"10.0.0.1\""),
            line("02:01", "zeek.conn", "\"id\":{\"orig_h\":\"10.0.0.2\",\"resp_h\":\"10.0.0.9\"},\"uid\":\"C2\""),
            line("02:02", "zeek.conn", "\"id\":\"C3\""),
            line("03:00", "zeek.ntp", "\"version\":4"),
            line("03:01", "zeek.ntp", "\"version\":3"),
            line("03:02", "zeek.ssl", "\"version\":\"TLSv12\""),
            line("03:03", "zeek.ssl", "\"version\":\"TLSv13\""));

    /** The day of the lines. */
    static final TimeRange DAY = new TimeRange(Instant.parse("2026-11-10T00:00:00Z"),
            Instant.parse("2026-11-11T00:00:00Z"));

    /** Queries over the conflicting fields and the count a person expects of each. */
    static final Map<String, Long> QUERIES = Map.ofEntries(
            Map.entry("*", 12L),
            Map.entry("Keywords:32", 3L),
            Map.entry("Keywords:0x8020000000000000", 2L),
            Map.entry("Keywords:0x8010000000000000", 1L),
            Map.entry("Keywords:0x80*", 3L),
            Map.entry("Keywords:*", 5L),
            Map.entry("Keywords:32 and Keywords:0x8020000000000000", 1L),
            Map.entry("Keywords:32 or Keywords:0x8010000000000000", 4L),
            Map.entry("Keywords:* and not Keywords:32", 2L),
            Map.entry("Keywords >= 32", 3L),
            Map.entry("vigil.conflict.Keywords:*", 3L),
            Map.entry("vigil.conflict.fields:Keywords", 3L),
            Map.entry("0x8010000000000000", 1L),
            Map.entry("host:web01", 2L),
            Map.entry("host.name:web01", 1L),
            Map.entry("host:web01 or host.name:web01", 3L),
            Map.entry("host:* or host.name:*", 5L),
            Map.entry("host.name:*", 2L),
            Map.entry("not host:*", 9L),
            Map.entry("id:C1", 1L),
            Map.entry("id.orig_h:10.0.0.1", 1L),
            Map.entry("id:* and id.orig_h:*", 1L),
            Map.entry("id.orig_h:*", 2L),
            Map.entry("id:*", 2L),
            Map.entry("id.resp_h:10.0.0.9", 1L),
            Map.entry("event.code:4624", 2L),
            Map.entry("source.ip:unknown", 1L),
            Map.entry("source.ip:10.0.0.0/8", 1L),
            Map.entry("source.ip:*", 2L),
            Map.entry("version:4", 1L),
            Map.entry("version:TLSv12", 1L),
            Map.entry("version:TLSv1*", 2L),
            Map.entry("version:*", 4L),
            Map.entry("version >= 3", 2L),
            Map.entry("version:* and not version:4", 3L),
            Map.entry("version:3 or version:TLSv13", 2L));

    private ConflictFixture() {
    }

    private static String line(String time, String dataset, String fields) {
        return "{\"@timestamp\":\"2026-11-10T" + time + ":00Z\",\"event.dataset\":\"" + dataset + "\"," + fields + "}";
    }
}
