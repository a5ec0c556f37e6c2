package org.vigil.ingest.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ECS view of a Zeek record, shared by the JSON and TSV formats. Copied to ECS:
 * {@code id.orig_h}, {@code id.orig_p}, {@code id.resp_h}, {@code id.resp_p} to source.ip,
 * source.port, destination.ip, destination.port; {@code proto} to network.transport;
 * {@code service} to network.protocol; {@code query} (dns) to dns.question.name; {@code host},
 * {@code uri}, {@code method}, {@code status_code}, {@code user_agent} (http) to url.domain,
 * url.original, http.request.method, http.response.status_code, user_agent.original;
 * {@code note} and {@code msg} (notice) to rule.name and message. event.module is {@code zeek},
 * event.dataset {@code zeek.<log>}, event.kind {@code event} and event.category
 * {@code [network]}. Every original field except {@code ts} (which is {@code @timestamp}) is
 * kept under {@code zeek.<log>.*}.
 */
final class ZeekFields {

    /** The log name when neither the header nor the file name gives one. */
    static final String UNKNOWN_LOG = "unknown";

    private static final String[][] TO_ECS = {
        {"id.orig_h", "source.ip"}, {"id.orig_p", "source.port"},
        {"id.resp_h", "destination.ip"}, {"id.resp_p", "destination.port"},
        {"service", "network.protocol"}, {"query", "dns.question.name"},
        {"host", "url.domain"}, {"uri", "url.original"}, {"method", "http.request.method"},
        {"status_code", "http.response.status_code"}, {"user_agent", "user_agent.original"},
        {"note", "rule.name"}, {"msg", "message"},
    };

    private ZeekFields() {
    }

    /**
     * @param log the log's name, such as {@code conn} or {@code dns}
     * @param originals the record's fields by their Zeek names, without {@code ts}
     * @return the event fields
     */
    static Map<String, Object> toEcs(String log, Map<String, Object> originals) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.module", "zeek");
        fields.put("event.dataset", "zeek." + log);
        fields.put("event.kind", "event");
        fields.put("event.category", List.of("network"));
        EcsNames.copy(originals, TO_ECS, fields);
        EcsNames.copyTransport(originals, "proto", fields);
        EcsNames.keepOriginals(fields, "zeek." + log + '.', originals);
        return fields;
    }

    /**
     * Zeek names its files after the log, with rotation adding dots: {@code conn.log},
     * {@code conn.00:00:00-01:00:00.log.gz}.
     *
     * @param file a file name or path
     * @return the log name: the file name up to its first dot
     */
    static String logName(String file) {
        Path name = Path.of(file).getFileName();
        String base = name == null ? "" : name.toString();
        int dot = base.indexOf('.');
        String log = dot < 0 ? base : base.substring(0, dot);
        return log.isEmpty() ? UNKNOWN_LOG : log;
    }
}
