package org.vigil.elasticsearch.tests;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * A throw-away index with one field of each Vigil type and thirty events whose values were chosen
 * so that each rule of docs/QUERY.md changes which events a query finds: case, analysed words,
 * whole-day dates, CIDR blocks, numeric against lexicographic order, missing fields. {@code d29}
 * and {@code d30} lie just outside {@link #FROM}..{@link #TO}.
 */
final class QueryCorpus extends ThrowAwayIndex {

    /** The start of the time range the corpus is searched in. */
    static final String FROM = "2026-11-01T00:00:00Z";
    /** The end, excluded, of the time range the corpus is searched in. */
    static final String TO = "2026-11-03T00:00:00Z";

    /** One event; a null value leaves the field out. */
    private record Doc(String id, String time, String action, String message, String src, String dst, Long bytes,
            Double score, Boolean success, String user, String domain, String host) {

        Map<String, Object> source() {
            Map<String, Object> source = new LinkedHashMap<>();
            put(source, "@timestamp", time);
            put(source, "event.action", action);
            put(source, "event.success", success);
            put(source, "message", message);
            put(source, "source.ip", src);
            put(source, "destination.ip", dst);
            put(source, "bytes", bytes);
            put(source, "score", score);
            put(source, "user.name", user);
            put(source, "user.domain", domain);
            put(source, "host.name", host);
            return source;
        }

        /** Writes dotted names as nested objects, as ECS documents come. */
        @SuppressWarnings("unchecked")
        private static void put(Map<String, Object> source, String name, Object value) {
            if (value == null) {
                return;
            }
            int dot = name.indexOf('.');
            if (dot < 0 || name.startsWith("@")) {
                source.put(name, value);
                return;
            }
            Map<String, Object> object = (Map<String, Object>) source.computeIfAbsent(name.substring(0, dot),
                    key -> new LinkedHashMap<String, Object>());
            put(object, name.substring(dot + 1), value);
        }
    }

    private static final List<Doc> DOCS = List.of(
            new Doc("d01", "2026-11-01T00:00:00Z", "logon-failed", "Failed login for admin", "10.0.0.1", "192.168.1.10", 100L, 0.5, false, "admin", "CORP", "web-1"),
            new Doc("d02", "2026-11-01T01:00:00Z", "logon-failed", "Failed login for root", "10.0.0.2", "192.168.1.10", 200L, 1.5, false, "root", "CORP", "web-1"),
            new Doc("d03", "2026-11-01T02:00:00Z", "logon-success", "Login succeeded", "10.0.1.5", "192.168.1.11", 300L, 2.5, true, "alice", "CORP", "web-2"),
            new Doc("d04", "2026-11-01T03:00:00Z", "logon-success", "login succeeded after retry", "10.1.0.9", "192.168.1.11", 400L, 3.5, true, "bob", "LAB", "web-2"),
            new Doc("d05", "2026-11-01T04:00:00Z", "file-deleted", "File report.pdf deleted", "172.16.0.4", "192.168.1.12", 1000L, 10.0, true, "alice", "LAB", "web-3"),
            new Doc("d06", "2026-11-01T05:00:00Z", "file-created", "File Reports.docx created", "172.16.0.5", "192.168.1.12", 1500L, 12.25, true, "bob", "LAB", "web-3"),
            new Doc("d07", "2026-11-01T06:00:00Z", "Logon-Failed", "FAILED LOGIN", "10.0.0.3", "192.168.1.10", 50L, 0.25, false, "Admin", "CORP", "web-10"),
            new Doc("d08", "2026-11-01T12:00:00Z", "dns-query", "query example.com", "192.168.1.50", "8.8.8.8", 64L, 0.1, true, "svc-dns", null, "dns-1"),
            new Doc("d09", "2026-11-01T12:30:00Z", "dns-query", "query example.org", "192.168.1.51", "8.8.4.4", 70L, 0.2, true, "svc-dns", null, "dns-1"),
            new Doc("d10", "2026-11-01T13:00:00Z", "dns-query", "lookup for alice", "9.9.9.9", "192.168.1.53", 80L, 0.3, true, "svc-dns", null, "dns-2"),
            new Doc("d11", "2026-11-01T23:59:59.999Z", "firewall-drop", "blocked connection", "203.0.113.7", "192.168.1.10", 0L, 0.0, false, null, null, "fw-1"),
            new Doc("d12", "2026-11-02T00:00:00Z", "firewall-drop", "blocked connection attempt", "203.0.113.8", "192.168.1.10", 0L, 0.0, false, null, null, "fw-1"),
            new Doc("d13", "2026-11-02T01:00:00Z", "firewall-allow", "allowed connection", "198.51.100.1", "192.168.1.12", 5000L, 50.5, true, null, null, "fw-1"),
            new Doc("d14", "2026-11-02T01:30:00Z", "process-start", "Process cmd.exe started", null, null, 250L, 2.0, true, "carol", "CORP", "web-1"),
            new Doc("d15", "2026-11-02T02:00:00Z", "process-start", "Process powershell.exe started", null, null, 260L, 2.0, true, "carol", "CORP", "web-1"),
            new Doc("d16", "2026-11-02T03:00:00Z", "process-stop", "Process cmd.exe stopped", null, null, 270L, 2.75, true, "carol", "LAB", "web-10"),
            new Doc("d17", "2026-11-02T04:00:00Z", "logon-failed", "Failed login for alice", "2001:db8::5", "2001:db8:1::1", 120L, 0.5, false, "alice", "LAB", "web-2"),
            new Doc("d18", "2026-11-02T05:00:00Z", "logon-success", "Login succeeded for alice", "2001:db8::6", "2001:db8:1::1", 130L, 0.75, true, "alice", "CORP", "web-2"),
            new Doc("d19", "2026-11-02T06:00:00Z", "vpn-connect", "VPN session from 10.0.0.1", "10.0.0.1", "192.168.1.1", 4096L, 4.5, true, "dave", "CORP", "vpn-1"),
            new Doc("d20", "2026-11-02T07:00:00Z", "vpn-disconnect", "VPN session closed", "10.0.0.1", "192.168.1.1", 8192L, 9.5, true, "dave", "CORP", "vpn-1"),
            new Doc("d21", "2026-11-02T08:00:00Z", "malware-detected", "Trojan found in report.exe", "172.16.0.9", null, 1000L, 99.9, false, "erin", "LAB", "web-3"),
            new Doc("d22", "2026-11-02T09:00:00Z", "malware-detected", "Adware found", "172.16.0.10", null, 999L, 75.0, false, "erin", "LAB", "web-3"),
            new Doc("d23", "2026-11-02T10:00:00Z", "user-created", "User 1000 created", "10.2.0.1", null, 1L, 1.0, true, "1000", "CORP", "dc-1"),
            new Doc("d24", "2026-11-02T11:00:00Z", "user-deleted", "User frank deleted", "10.2.0.1", null, 2L, 1.0, true, "frank", "CORP", "dc-1"),
            new Doc("d25", "2026-11-02T12:00:00Z", "backup", "Nightly backup done", "10.3.0.1", "10.3.0.2", 123456789L, 1000.0, true, "backup", null, "bk-1"),
            new Doc("d26", "2026-11-02T13:00:00Z", "backup", "Nightly backup failed", "10.3.0.1", "10.3.0.2", 0L, null, false, "backup", null, "bk-1"),
            new Doc("d27", "2026-11-02T23:00:00Z", "heartbeat", null, null, null, null, null, null, null, null, "mon-1"),
            new Doc("d28", "2026-11-02T23:59:59Z", "heartbeat", "alive", null, null, null, null, true, null, null, "mon-1"),
            new Doc("d29", "2026-11-03T00:00:00Z", "logon-failed", "Failed login for admin", "10.0.0.1", "192.168.1.10", 100L, 0.5, false, "admin", "CORP", "web-1"),
            new Doc("d30", "2026-10-31T23:59:59.999Z", "logon-failed", "Failed login for admin", "10.0.0.1", "192.168.1.10", 100L, 0.5, false, "admin", "CORP", "web-1"));

    private QueryCorpus(ElasticsearchConnection owner) {
        super(owner, "vigil-it-query-");
    }

    /**
     * Creates the index with its explicit mapping and the thirty events, searchable at once.
     *
     * @param owner a connection allowed to create, write and delete indices
     * @return the index
     */
    static QueryCorpus create(ElasticsearchConnection owner) throws ConnectionFailedException {
        QueryCorpus corpus = new QueryCorpus(owner);
        corpus.createAndFill(QueryCorpus::mapping, corpus::indexDocs);
        return corpus;
    }

    private Void indexDocs(ElasticsearchClient client) throws IOException {
        client.bulk(bulk -> {
            DOCS.forEach(doc -> bulk.operations(op -> op.index(i -> i.index(name()).id(doc.id()).document(doc.source()))));
            return bulk.refresh(Refresh.True);
        });
        return null;
    }

    private static TypeMapping.Builder mapping(TypeMapping.Builder m) {
        return m.properties("@timestamp", p -> p.date(d -> d))
                .properties("event", p -> p.object(o -> o.properties("action", a -> a.keyword(k -> k))
                        .properties("success", s -> s.boolean_(b -> b))))
                .properties("message", p -> p.text(t -> t.fields("keyword", k -> k.keyword(x -> x))))
                .properties("source", p -> p.object(o -> o.properties("ip", i -> i.ip(x -> x))))
                .properties("destination", p -> p.object(o -> o.properties("ip", i -> i.ip(x -> x))))
                .properties("bytes", p -> p.long_(l -> l)).properties("score", p -> p.double_(d -> d))
                .properties("user", p -> p.object(o -> o.properties("name", n -> n.keyword(k -> k))
                        .properties("domain", d -> d.keyword(k -> k))))
                .properties("host", p -> p.object(o -> o.properties("name", n -> n.keyword(k -> k))));
    }
}
