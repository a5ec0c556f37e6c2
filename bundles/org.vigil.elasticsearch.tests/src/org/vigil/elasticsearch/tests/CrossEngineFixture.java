package org.vigil.elasticsearch.tests;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.testing.CrossEngineCorpus;
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
    static final Instant END = CrossEngineCorpus.END;
    /** What {@code now} means in date math for both engines. */
    static final Clock CLOCK = CrossEngineCorpus.CLOCK;
    /** The range every cross-engine query is searched in: the demo's four weeks and a day. */
    static final TimeRange RANGE = CrossEngineCorpus.RANGE;
    /** How many demo events. */
    static final int DEMO_EVENTS = CrossEngineCorpus.DEMO_EVENTS;

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

    /** @return the shared fixture's events, {@link CrossEngineCorpus#events()} */
    static List<Event> events() {
        return CrossEngineCorpus.events();
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

}
