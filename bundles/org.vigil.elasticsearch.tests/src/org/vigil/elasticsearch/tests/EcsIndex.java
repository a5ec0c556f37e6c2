package org.vigil.elasticsearch.tests;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * A throw-away index {@code vigil-it-<random>} with an ECS mapping and four authentication and
 * file events, deleted on {@link #close()} by the connection that created it.
 */
final class EcsIndex extends ThrowAwayIndex {

    /** What a search found, as an operator would read it in the results table. */
    record Found(long total, List<String> ids, List<String> sourceIps) {
    }

    /** One sample event: its id and its ECS fields. */
    private record Event(String id, String timestamp, String sourceIp, String action, String user) {

        Map<String, Object> document() {
            return Map.of("@timestamp", timestamp, "source", Map.of("ip", sourceIp),
                    "event", Map.of("action", action), "user", Map.of("name", user));
        }
    }

    private static final List<Event> EVENTS = List.of(
            new Event("evt-1", "2026-05-04T08:15:00Z", "10.20.0.7", "logon-failed", "nguyen.van.a"),
            new Event("evt-2", "2026-05-04T08:16:00Z", "10.20.0.8", "logon-success", "tran.thi.b"),
            new Event("evt-3", "2026-05-04T08:17:30Z", "10.20.0.7", "logon-failed", "nguyen.van.a"),
            new Event("evt-4", "2026-05-04T08:20:00Z", "192.0.2.44", "file-deleted", "le.van.c"));

    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> SOURCE = (Class<Map<String, Object>>) (Class<?>) Map.class;

    private EcsIndex(ElasticsearchConnection owner) {
        super(owner, "vigil-it-");
    }

    /**
     * Creates the index with the sample events, searchable at once.
     *
     * @param owner a connection allowed to create, write and delete {@code vigil-it-*}
     * @return the index
     */
    static EcsIndex create(ElasticsearchConnection owner) throws ConnectionFailedException {
        EcsIndex index = new EcsIndex(owner);
        index.createAndFill(EcsIndex::mapping, index::indexEvents);
        return index;
    }

    /** @return the number of sample events */
    static int size() {
        return EVENTS.size();
    }

    /**
     * Writes one more event, as an ingest job would.
     *
     * @param connection the connection to write through
     */
    void indexOneMore(ElasticsearchConnection connection) throws ConnectionFailedException {
        Event extra = new Event("evt-5", "2026-05-04T09:00:00Z", "10.20.0.9", "logon-failed", "pham.d");
        connection.call(client -> client.index(doc -> doc.index(name()).id(extra.id()).document(extra.document())));
    }

    /**
     * @param connection the connection to search through
     * @param field the field of the term query
     * @param value the term
     * @return the hits, oldest first
     */
    Found searchTerm(ElasticsearchConnection connection, String field, String value)
            throws ConnectionFailedException {
        Query term = Query.of(q -> q.term(t -> t.field(field).value(value)));
        SearchResponse<Map<String, Object>> response = connection.call(client -> client.search(search -> search
                .index(name()).query(term).sort(sort -> sort.field(f -> f.field("@timestamp").order(SortOrder.Asc))),
                SOURCE));
        List<Hit<Map<String, Object>>> hits = response.hits().hits();
        return new Found(response.hits().total().value(), hits.stream().map(Hit::id).toList(),
                hits.stream().map(EcsIndex::sourceIp).toList());
    }

    private Void indexEvents(ElasticsearchClient client) throws IOException {
        for (Event event : EVENTS) {
            client.index(doc -> doc.index(name()).id(event.id()).document(event.document()));
        }
        client.indices().refresh(refresh -> refresh.index(name()));
        return null;
    }

    private static TypeMapping.Builder mapping(TypeMapping.Builder mapping) {
        return mapping.properties("@timestamp", p -> p.date(date -> date))
                .properties("source", p -> p.object(o -> o.properties("ip", ip -> ip.ip(i -> i))))
                .properties("event", p -> p.object(o -> o.properties("action", k -> k.keyword(w -> w))))
                .properties("user", p -> p.object(o -> o.properties("name", k -> k.keyword(w -> w))));
    }

    @SuppressWarnings("unchecked")
    private static String sourceIp(Hit<Map<String, Object>> hit) {
        return String.valueOf(((Map<String, Object>) hit.source().get("source")).get("ip"));
    }
}
