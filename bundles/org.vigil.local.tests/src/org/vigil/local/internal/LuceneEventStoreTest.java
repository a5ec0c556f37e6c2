package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

/** The embedded store keeps events as imported, once each, across restarts. */
class LuceneEventStoreTest {

    private static final DemoData DEMO = new DemoData(DemoSettings.standard(Instant.parse("2026-11-01T00:00:00Z"), 5_000));
    private static final Sort NEWEST_FIRST = new Sort(
            new SortedNumericSortField(Event.TIMESTAMP, SortField.Type.LONG, true));

    @TempDir
    Path directory;

    @Test
    void termAndPointQueriesCountWhatTheGeneratorMade() throws Exception {
        try (LuceneEventStore store = filled()) {
            long scans = DEMO.events().filter(e -> "port-scan".equals(e.get("event.action"))).count();
            assertEquals(scans, store.count(new TermQuery(new Term("event.action", "port-scan"))));
            long https = DEMO.events().filter(e -> Long.valueOf(443).equals(e.get("destination.port"))).count();
            assertEquals(https, store.count(LongPoint.newExactQuery("destination.port", 443)));
            long internal = DEMO.events().filter(e -> String.valueOf(e.get("source.ip")).startsWith("10.")).count();
            assertEquals(internal, store.count(InetAddressPoint.newPrefixQuery("source.ip",
                    InetAddress.getByName("10.0.0.0"), 8)));
        }
    }

    @Test
    void addingTheSameEventsAgainStoresThemOnce() throws Exception {
        try (LuceneEventStore store = filled()) {
            store.add(DEMO.events().iterator(), Cancellation.none());
            store.commit();
            assertEquals(5_000, store.count(new MatchAllDocsQuery()));
        }
    }

    @Test
    void eventsReadBackAsImportedNewestFirst() throws Exception {
        Event original = new Event("e-1", Instant.parse("2026-10-30T01:02:03Z"), Map.of("source.ip", "10.1.2.3",
                "destination.port", 443L, "vulnerability.score.base", 9.8, "tags", List.of("scan", "external"),
                "threat.confirmed", true));
        Event older = new Event("e-0", Instant.parse("2026-10-29T00:00:00Z"), Map.of("message", "older"));
        try (LuceneEventStore store = LuceneEventStore.open("test", directory)) {
            store.add(List.of(older, original).iterator(), Cancellation.none());
            store.commit();
            List<Event> page = store.search(new MatchAllDocsQuery(), NEWEST_FIRST, 10, null).events();
            assertEquals(List.of("e-1", "e-0"), page.stream().map(Event::id).toList());
            Map<String, Object> withId = new HashMap<>(original.fields());
            withId.put("event.id", "e-1");
            assertEquals(withId, Map.copyOf(page.get(0).fields()), "the fields, and the id in event.id as on Elasticsearch");
            assertEquals(original.timestamp(), page.get(0).timestamp());
        }
    }

    @Test
    void fieldTypesAndEventsSurviveARestart() throws Exception {
        filled().close();
        try (LuceneEventStore store = LuceneEventStore.open("test", directory)) {
            assertEquals(FieldType.IP, store.catalog().typeOf("source.ip").orElseThrow());
            assertEquals(FieldType.LONG, store.catalog().typeOf("destination.port").orElseThrow());
            assertEquals(FieldType.TEXT, store.catalog().typeOf("message").orElseThrow());
            assertEquals(5_000, store.count(new MatchAllDocsQuery()));
        }
    }

    @Test
    void aCancelledImportStopsAndSaysSo() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        try (LuceneEventStore store = LuceneEventStore.open("test", directory)) {
            SourceException e = assertThrows(SourceException.class,
                    () -> store.add(DEMO.events().iterator(), cancellation));
            assertEquals(SourceException.Kind.CANCELLED, e.kind());
            assertEquals(0, store.count(new MatchAllDocsQuery()));
        }
    }

    private LuceneEventStore filled() throws Exception {
        LuceneEventStore store = LuceneEventStore.open("test", directory);
        store.add(DEMO.events().iterator(), Cancellation.none());
        store.commit();
        return store;
    }
}
