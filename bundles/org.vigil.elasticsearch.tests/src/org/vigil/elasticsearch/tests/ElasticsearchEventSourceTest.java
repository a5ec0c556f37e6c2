package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.internal.SearchCursors;
import org.vigil.events.Cancellation;
import org.vigil.events.Cursor;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** The Elasticsearch source on the plain node: its field list, and how its calls fail. */
class ElasticsearchEventSourceTest {

    private static final TimeRange MAY = new TimeRange(Instant.parse("2026-05-01T00:00:00Z"),
            Instant.parse("2026-06-01T00:00:00Z"));

    private static ElasticsearchConnection connection;
    private static EcsIndex index;
    private static ElasticsearchEventSource source;

    @BeforeAll
    static void createIndex() throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        index = EcsIndex.create(connection);
        source = ElasticsearchEventSource.of(new SourceDescriptor("it-es", "IT", "elasticsearch", index.name()),
                connection, index.name());
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        if (index != null) {
            index.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void fieldsComeFromTheMappingWithTheirTypes() throws SourceException {
        List<FieldInfo> fields = source.fields(Cancellation.none());

        assertEquals(List.of(new FieldInfo("@timestamp", FieldType.DATE, true),
                new FieldInfo("event.action", FieldType.KEYWORD, true), new FieldInfo("source.ip", FieldType.IP, true),
                new FieldInfo("user.name", FieldType.KEYWORD, true)), fields);
    }

    @Test
    void searchFindsTheEventsWithTheirFields() throws SourceException {
        var page = source.search(SearchRequest.newestFirst(query("event.action:logon-failed"), 10),
                Cancellation.none());

        assertEquals(List.of("evt-3", "evt-1"), page.events().stream().map(e -> e.id()).toList());
        assertEquals("10.20.0.7", page.events().get(0).get("source.ip"));
        assertEquals(Instant.parse("2026-05-04T08:17:30Z"), page.events().get(0).timestamp());
    }

    @Test
    void aValueTheNamedFieldCannotTakeIsABadQueryNamingTheSource() {
        SourceException e = assertThrows(SourceException.class,
                () -> source.count(query("source.ip:not-an-ip"), Cancellation.none()));

        assertEquals(SourceException.Kind.BAD_QUERY, e.kind());
        assertEquals("it-es", e.source());
        assertTrue(e.getMessage().contains("it-es") && e.getMessage().contains("source.ip"), e.getMessage());
    }

    @Test
    void aCancelledCallGivesUp() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        SourceException e = assertThrows(SourceException.class,
                () -> source.histogram(query("*"), 30, java.time.ZoneOffset.UTC, cancellation));

        assertEquals(SourceException.Kind.CANCELLED, e.kind());
    }

    @Test
    void aForeignCursorIsABadQuery() {
        SearchRequest request = SearchRequest.newestFirst(query("*"), 2).after(new Cursor("l1|bZGVtbw"));

        SourceException e = assertThrows(SourceException.class, () -> source.search(request, Cancellation.none()));

        assertEquals(SourceException.Kind.BAD_QUERY, e.kind());
    }

    @Test
    void aSearchTheNodeRefusesSaysWhatTheNodeSaid() {
        Cursor unknownPit = SearchCursors.write(new SearchCursors.Position("bm90LWEtcGl0",
                List.of(FieldValue.of(1L), FieldValue.of("evt-1"))));
        SearchRequest request = SearchRequest.newestFirst(query("*"), 2).after(unknownPit);

        SourceException e = assertThrows(SourceException.class, () -> source.search(request, Cancellation.none()));

        assertEquals(SourceException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("it-es") && e.getMessage().contains("400"), e.getMessage());
        assertTrue(e.getMessage().contains("exception"), "names the node's error type: " + e.getMessage());
    }

    @Test
    void aMissingIndexIsUnavailableNamingSourceAndIndex() {
        ElasticsearchEventSource missing = ElasticsearchEventSource.of(
                new SourceDescriptor("gone", "Gone", "elasticsearch", "vigil-it-missing"), connection,
                "vigil-it-missing");

        SourceException e = assertThrows(SourceException.class, () -> missing.fields(Cancellation.none()));

        assertEquals(SourceException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("gone") && e.getMessage().contains("vigil-it-missing"), e.getMessage());
    }

    private static EventQuery query(String kql) {
        try {
            return new EventQuery(KqlParser.parse(kql), MAY);
        } catch (QuerySyntaxException e) {
            throw new IllegalArgumentException(kql, e);
        }
    }
}
