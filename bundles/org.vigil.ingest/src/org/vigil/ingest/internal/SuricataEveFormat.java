package org.vigil.ingest.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Suricata's EVE JSON ({@code eve.json}), one object per line. The key fields are copied to ECS
 * so that searches and dashboards work across sources, and every original field is kept under
 * {@code suricata.eve.*} (including {@code timestamp}, which keeps the sensor's own offset):
 * <table>
 * <caption>EVE to ECS</caption>
 * <tr><td>timestamp</td><td>{@code @timestamp}</td></tr>
 * <tr><td>src_ip, src_port</td><td>source.ip, source.port</td></tr>
 * <tr><td>dest_ip, dest_port</td><td>destination.ip, destination.port</td></tr>
 * <tr><td>proto</td><td>network.transport, lower-cased</td></tr>
 * <tr><td>app_proto</td><td>network.protocol</td></tr>
 * <tr><td>community_id</td><td>network.community_id</td></tr>
 * <tr><td>host, in_iface</td><td>observer.hostname, observer.ingress.interface.name</td></tr>
 * <tr><td>alert.signature, alert.signature_id, alert.category</td><td>rule.name, rule.id,
 * rule.category</td></tr>
 * <tr><td>alert.severity, alert.action</td><td>event.severity, event.action</td></tr>
 * <tr><td>http.hostname, http.url, http.http_method, http.status, http.http_user_agent</td>
 * <td>url.domain, url.original, http.request.method, http.response.status_code,
 * user_agent.original</td></tr>
 * <tr><td>dns.rrname (dns.query.rrname in EVE v1)</td><td>dns.question.name</td></tr>
 * <tr><td>tls.sni</td><td>tls.client.server_name</td></tr>
 * <tr><td>event_type</td><td>event.kind {@code alert} for alerts, {@code metric} for stats,
 * {@code event} otherwise; event.category {@code [network, intrusion_detection]} for alerts and
 * anomalies, {@code [network]} for protocol and flow records</td></tr>
 * </table>
 * event.module is {@code suricata} and event.dataset {@code suricata.eve}.
 */
@Component(service = LogFormat.class)
public final class SuricataEveFormat extends JsonLinesFormat {

    /** The format's id. */
    public static final String ID = "suricata.eve";

    private static final double CONFIDENCE = 0.95;
    private static final String[][] TO_ECS = {
        {"src_ip", "source.ip"}, {"src_port", "source.port"},
        {"dest_ip", "destination.ip"}, {"dest_port", "destination.port"},
        {"app_proto", "network.protocol"}, {"community_id", "network.community_id"},
        {"host", "observer.hostname"}, {"in_iface", "observer.ingress.interface.name"},
        {"alert.signature", "rule.name"}, {"alert.signature_id", "rule.id"}, {"alert.category", "rule.category"},
        {"alert.severity", "event.severity"}, {"alert.action", "event.action"},
        {"http.hostname", "url.domain"}, {"http.url", "url.original"},
        {"http.http_method", "http.request.method"}, {"http.status", "http.response.status_code"},
        {"http.http_user_agent", "user_agent.original"},
        {"dns.query.rrname", "dns.question.name"}, {"dns.rrname", "dns.question.name"},
        {"tls.sni", "tls.client.server_name"},
    };

    /** Creates the format; it has no configuration. */
    @Activate
    public SuricataEveFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_suricata;
    }

    @Override
    public double sniff(List<String> firstLines) {
        return CONFIDENCE * shareOfObjectsWith(firstLines, "timestamp", "event_type");
    }

    @Override
    ParsedRecord toRecord(Map<String, Object> eve, LogInput input, ParseOptions options)
            throws RejectedRecordException {
        Instant timestamp = Timestamps.require(eve.get("timestamp"), "timestamp", options.zone(),
                ChronoUnit.SECONDS);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.module", "suricata");
        fields.put("event.dataset", ID);
        classify(String.valueOf(eve.get("event_type")), fields);
        EcsNames.copy(eve, TO_ECS, fields);
        EcsNames.copyTransport(eve, "proto", fields);
        EcsNames.keepOriginals(fields, ID + '.', eve);
        Timestamps.keepOriginal(eve.get("timestamp"), fields);
        return new ParsedRecord(timestamp, fields);
    }

    private static void classify(String eventType, Map<String, Object> fields) {
        switch (eventType) {
            case "alert", "anomaly" -> {
                fields.put("event.kind", "alert".equals(eventType) ? "alert" : "event");
                fields.put("event.category", List.of("network", "intrusion_detection"));
            }
            case "stats" -> fields.put("event.kind", "metric");
            default -> {
                fields.put("event.kind", "event");
                fields.put("event.category", List.of("network"));
            }
        }
    }
}
