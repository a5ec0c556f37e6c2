package org.vigil.events.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.EventQuery;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/**
 * The shared fixture of the cross-engine tests: five thousand demo events (fixed seed and end)
 * plus a few written here for what the demo lacks (IPv6 addresses, a boolean field, characters
 * that need escaping), and the KQL queries every engine must answer as the embedded store does,
 * covering each form of docs/QUERY.md. Every event carries its id in {@code event.id} too, as
 * Vigil-written indices do. Each engine's tests load {@link #events()} into it and into an
 * in-memory embedded store and compare.
 */
public final class CrossEngineCorpus {

    /** The instant after the last demo event. */
    public static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    /** What {@code now} means in date math for every engine. */
    public static final Clock CLOCK = Clock.fixed(END.plus(Duration.ofHours(6)), ZoneOffset.UTC);
    /** The range every cross-engine query is searched in: the demo's four weeks and a day. */
    public static final TimeRange RANGE = new TimeRange(END.minus(Duration.ofDays(29)), END);
    /** How many demo events. */
    public static final int DEMO_EVENTS = 5_000;
    /** The keyword field that holds the event id in every engine's index. */
    public static final String ID_FIELD = "event.id";

    /** Every query, grouped by the form it exercises. */
    public static final List<String> ALL = List.of(
            // field:value on keyword, long, double; case-sensitive keywords
            "event.action:logon-failed", "event.action:Logon-Failed", "user.name:admin", "user.name:Admin",
            "destination.port:443", "destination.port:\"53\"", "event.severity:2", "vulnerability.score.base:9.8",
            "http.response.status_code:404", "labels.agency:syt", "destination.port:1.5",
            // bare terms across every field, lenient where a type cannot take the value
            "admin", "vpn", "dangvang", "10.1.10.68", "443", "\"Cobalt Strike\"", "PrintNightmare", "TRUE",
            // quoted phrases on text, and text words
            "message:\"failed webmail logon\"", "rule.name:\"ET SCAN\"",
            "vulnerability.description:\"remote code execution\"", "organization.name:\"Sở Y tế\"",
            "organization.name:tế", "message:logon", "message:Failed", "rule.name:zmap",
            // wildcards in values and in field names
            "event.action:logon*", "host.name:sgddt-pc-0?9", "url.original:*wp-login*", "message:fail*",
            "rule.name:ET*", "*.ip:10.6.1.10", "source.*:DE", "*.name:admin", "source.*:\"2001:db8::1\"",
            "user.*:*",
            // ranges on numbers, dates with date math, IPs and keywords
            "destination.port >= 1000", "destination.port < 80", "vulnerability.score.base > 9",
            "vulnerability.score.base <= 7.5", "network.bytes > 1000000 and network.bytes <= 1500000",
            "@timestamp >= 2026-11-10 and @timestamp < 2026-11-12", "@timestamp > now-7d/d",
            "@timestamp <= 2026-11-05T12", "@timestamp:2026-11-11", "source.ip >= 10.5.0.0 and source.ip < 10.6.0.0",
            "source.ip > \"2001:db8::\"", "user.name >= t",
            // exists
            "tls.established:*", "http.response.status_code:*", "not message:*",
            // and, or, not: precedence and parentheses
            "event.action:logon or event.action:logon-failed and user.name:admin",
            "not event.category:network and event.severity:2",
            "event.category:network and not event.action:dns-query or event.severity >= 3",
            "(event.action:logon or event.action:logon-failed) and user.name:admin",
            "not (event.category:network or event.category:authentication)",
            // grouped values
            "event.action:(logon or port-scan and web-attack)", "user.name:(admin or root or test)",
            "destination.port:(22 or 3389)", "event.action:(not dns-query)",
            // escaping
            "file.path:C\\:\\\\Windows\\\\System32\\\\cmd.exe", "file.path:/usr/bin/\\(curl\\)",
            "user.name:star\\*name", "user.name:o'brien", "user.name:\"a b:c\"", "file.path:/tmp/a?b",
            "message:\"Quoted \\\"special\\\"\"",
            // CIDR blocks, IPv4 and IPv6, and an IPv4-mapped address
            "source.ip:10.0.0.0/8", "source.ip:10.2.0.0/16", "destination.ip:10.6.1.0/24",
            "source.ip:\"2001:db8::/32\"", "source.ip:2001\\:db8\\:0\\:1\\:\\:/64", "source.ip:\"fe80::/10\"",
            "source.ip:10.0.0.5",
            // boolean
            "tls.established:true", "tls.established:false", "not tls.established:true", "tls.established:t*",
            // nested grouping, unknown fields, everything
            "user:{ name:admin }", "no.such:x or user.name:root", "*");

    /** Queries whose first page, histogram and top terms are compared too. */
    public static final List<String> DETAILED = List.of("*", "event.action:logon-failed", "admin",
            "source.ip:10.0.0.0/8 and not event.category:network", "tls.established:*");

    private CrossEngineCorpus() {
    }

    /**
     * @param kql a query of the corpus
     * @return it over the corpus's range
     */
    public static EventQuery query(String kql) {
        try {
            return new EventQuery(KqlParser.parse(kql), RANGE);
        } catch (QuerySyntaxException e) {
            throw new IllegalArgumentException(kql, e);
        }
    }

    /** @return the fixture's events: the demo's and the hand-written ones, with {@code event.id} */
    public static List<Event> events() {
        DemoData demo = new DemoData(new DemoSettings(DemoSettings.STANDARD_SEED, END, Duration.ofDays(28), DEMO_EVENTS));
        return Stream.concat(demo.events(), extras().stream()).map(CrossEngineCorpus::withIdField).toList();
    }

    private static Event withIdField(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>(event.fields());
        fields.put(ID_FIELD, event.id());
        return new Event(event.id(), event.timestamp(), fields);
    }

    /** Events for what the demo lacks; the first value of each new field fixes its type. */
    private static List<Event> extras() {
        return List.of(
                extra(1, "2026-11-10T03:00:00Z", "2001:db8::1", true, "TLS handshake from 2001:db8::1 ok",
                        "o'brien", "C:\\Windows\\System32\\cmd.exe"),
                extra(2, "2026-11-10T03:00:00Z", "2001:db8:0:1::2", false, "TLS handshake failed: bad cert",
                        "a b:c", "/usr/bin/(curl)"),
                extra(3, "2026-11-11T12:00:00Z", "2001:db9::3", true, "Quoted \"special\" words here",
                        "star*name", "C:\\temp\\x"),
                extra(4, "2026-11-11T12:00:00Z", "fe80::4", false, "link local neighbour seen", "Admin",
                        "/tmp/a?b"),
                extra(5, "2026-11-12T00:00:00Z", "::ffff:10.0.0.5", true, "mapped address from 10.0.0.5",
                        "admin", "/var/log/syslog"),
                extra(6, "2026-11-19T23:59:59.999Z", "10.200.0.6", false, "last instant of the range",
                        "zz-last", "/srv/last"));
    }

    private static Event extra(int n, String time, String ip, boolean established, String message, String user,
            String path) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.action", "tls-handshake");
        fields.put("source.ip", ip);
        fields.put("tls.established", established);
        fields.put("message", message);
        fields.put("user.name", user);
        fields.put("file.path", path);
        return new Event(String.format("extra-%02d", n), Instant.parse(time), fields);
    }
}
