package org.vigil.elasticsearch.tests;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.events.SourceDescriptor;
import org.vigil.local.LuceneSource;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * The same events in both engines: five thousand demo events (fixed seed and end) plus a few
 * written here for what the demo lacks (IPv6 addresses, a boolean field, characters that need
 * escaping), loaded into an in-memory {@link LuceneSource} and into a throw-away index of the
 * plain node whose mapping {@link IndexMappings} derives from the Lucene source's field types.
 * Every event carries its id in {@code event.id} too, in both engines, as Vigil-written indices do.
 */
final class CrossEngineFixture implements AutoCloseable {

    /** The instant after the last demo event. */
    static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    /** What {@code now} means in date math for both engines. */
    static final Clock CLOCK = Clock.fixed(END.plus(Duration.ofHours(6)), ZoneOffset.UTC);
    /** The range every cross-engine query is searched in: the demo's four weeks and a day. */
    static final TimeRange RANGE = new TimeRange(END.minus(Duration.ofDays(29)), END);
    /** How many demo events. */
    static final int DEMO_EVENTS = 5_000;

    private static final int BULK_SIZE = 1_000;

    private final ElasticsearchConnection connection;
    private final String index;
    private final LuceneSource embedded;
    private final ElasticsearchEventSource elasticsearch;

    private CrossEngineFixture(ElasticsearchConnection connection, String index, LuceneSource embedded) {
        this.connection = connection;
        this.index = index;
        this.embedded = embedded;
        this.elasticsearch = new ElasticsearchEventSource(
                new SourceDescriptor("cross-es", "Elasticsearch", "elasticsearch", index), connection, index,
                Event.TIMESTAMP, CLOCK);
    }

    /**
     * @param connection a connection allowed to create, write and delete indices
     * @return both sources, loaded and searchable
     */
    static CrossEngineFixture create(ElasticsearchConnection connection) throws Exception {
        List<Event> events = events();
        LuceneSource embedded = LuceneSource.inMemory(
                new SourceDescriptor("cross-embedded", "Embedded", "lucene", "memory"), events.iterator(), CLOCK);
        String index = "vigil-it-cross-" + UUID.randomUUID().toString().substring(0, 8);
        connection.call(client -> client.indices().create(create -> create.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(IndexMappings.forTypes(embedded.fieldTypes()))));
        CrossEngineFixture fixture = new CrossEngineFixture(connection, index, embedded);
        fixture.write(events);
        return fixture;
    }

    /** @return the fixture's events: the demo's and the hand-written ones, with {@code event.id} */
    static List<Event> events() {
        DemoData demo = new DemoData(new DemoSettings(DemoSettings.STANDARD_SEED, END, Duration.ofDays(28), DEMO_EVENTS));
        return Stream.concat(demo.events(), extras().stream()).map(CrossEngineFixture::withIdField).toList();
    }

    LuceneSource embedded() {
        return embedded;
    }

    ElasticsearchEventSource elasticsearch() {
        return elasticsearch;
    }

    @Override
    public void close() throws IOException, ConnectionFailedException {
        embedded.close();
        connection.call(client -> client.indices().delete(delete -> delete.index(index)));
    }

    private void write(List<Event> events) throws ConnectionFailedException {
        for (int from = 0; from < events.size(); from += BULK_SIZE) {
            List<Event> slice = events.subList(from, Math.min(events.size(), from + BULK_SIZE));
            BulkResponse response = connection.call(client -> client.bulk(bulk -> {
                slice.forEach(event -> bulk.operations(op -> op.index(i -> i.index(index).id(event.id())
                        .document(document(event)))));
                return bulk.refresh(Refresh.True);
            }));
            if (response.errors()) {
                throw new AssertionError("Bulk indexing failed: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst().orElseThrow().error().reason());
            }
        }
    }

    /** @return the event as an Elasticsearch document: dotted names as they are, instants as ISO text */
    static Map<String, Object> document(Event event) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(Event.TIMESTAMP, event.timestamp().toString());
        event.fields().forEach((name, value) -> document.put(name, value instanceof Instant t ? t.toString() : value));
        return document;
    }

    private static Event withIdField(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>(event.fields());
        fields.put(ElasticsearchEventSource.ID_FIELD, event.id());
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
