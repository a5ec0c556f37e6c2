package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.Paging;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

/** The embedded source through the public SPI: paging to the end, counts, errors, cancelling. */
class LuceneSourceTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final DemoSettings SETTINGS = DemoSettings.standard(END, 3_000);
    private static final TimeRange RANGE = new TimeRange(SETTINGS.start(), END);

    @TempDir
    static Path directory;
    private static LuceneSource source;

    @BeforeAll
    static void open() throws Exception {
        source = LuceneSource.open(new SourceDescriptor("t", "Test", "lucene", directory.toString()), directory,
                Clock.fixed(END, ZoneOffset.UTC));
        source.add(new DemoData(SETTINGS).events().iterator(), Cancellation.none());
    }

    @AfterAll
    static void close() throws Exception {
        source.close();
    }

    @Test
    void pagingWithCursorsVisitsEveryHitOnceNewestFirst() throws Exception {
        EventQuery query = new EventQuery(KqlParser.parse("event.kind:alert"), RANGE);
        long expected = new DemoData(SETTINGS).events().filter(e -> "alert".equals(e.get("event.kind"))).count();
        List<Event> seen = new ArrayList<>();
        SearchRequest request = SearchRequest.newestFirst(query, 97);
        SearchPage page;
        do {
            page = source.search(request, Cancellation.none());
            assertEquals(expected, page.total());
            seen.addAll(page.events());
            request = page.next() == null ? null : request.after(page.next());
        } while (request != null);

        assertEquals(expected, seen.size());
        assertEquals(expected, seen.stream().map(Event::id).distinct().count());
        assertTrue(isSorted(seen), "hits are not newest first");
    }

    @Test
    void pagingVisitsEveryHitOrStopsAtTheLimit() throws Exception {
        EventQuery query = new EventQuery(KqlParser.parse("event.kind:event"), RANGE);
        long total = source.count(query, Cancellation.none());
        List<String> ids = new ArrayList<>();
        long visited = Paging.forEachHit(source, SearchRequest.newestFirst(query, 300), Long.MAX_VALUE,
                Cancellation.none(), event -> ids.add(event.id()));
        assertEquals(total, visited);
        assertEquals(total, ids.stream().distinct().count());
        assertEquals(250, Paging.forEachHit(source, SearchRequest.newestFirst(query, 100), 250, Cancellation.none(),
                event -> { }));
    }

    @Test
    void theLastPageHasNoCursor() throws Exception {
        SearchPage page = source.search(SearchRequest.newestFirst(new EventQuery(KqlParser.parse("event.action:c2-connection"),
                RANGE), 10_000), Cancellation.none());
        assertNull(page.next());
    }

    @Test
    void countHistogramAndTopTermsAgree() throws Exception {
        EventQuery scans = new EventQuery(KqlParser.parse("event.action:port-scan"), RANGE);
        long count = source.count(scans, Cancellation.none());
        assertEquals(count, source.histogram(scans, 60, ZoneOffset.ofHours(7), Cancellation.none()).total());
        assertEquals(count, source.topTerms(scans, "source.ip", 10, Cancellation.none()).hits());
    }

    @Test
    void aBadValueIsABadQueryNamingTheSource() {
        SourceException e = assertThrows(SourceException.class, () -> source.count(
                new EventQuery(KqlParser.parse("destination.port:https"), RANGE), Cancellation.none()));
        assertEquals(SourceException.Kind.BAD_QUERY, e.kind());
        assertEquals("t", e.source());
    }

    @Test
    void aCancelledCallSaysSo() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        SourceException e = assertThrows(SourceException.class, () -> source.count(
                new EventQuery(KqlParser.parse(""), RANGE), cancelled));
        assertEquals(SourceException.Kind.CANCELLED, e.kind());
    }

    private static boolean isSorted(List<Event> events) {
        Comparator<Event> newestFirst = Comparator.comparing(Event::timestamp).reversed().thenComparing(Event::id,
                Comparator.reverseOrder());
        for (int i = 1; i < events.size(); i++) {
            if (newestFirst.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
