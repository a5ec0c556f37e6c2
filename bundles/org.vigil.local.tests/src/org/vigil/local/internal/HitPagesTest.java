package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.HitPages;
import org.vigil.events.Paging;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

/**
 * Rows read at random through {@link HitPages} are the rows a walk from the first hit gives,
 * in both orders, on the embedded engine: with many hits sharing a second, a page found by
 * counting must start exactly where the walk would be.
 */
class HitPagesTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    /** Four thousand events in ten minutes: most seconds hold several, so ties are the rule. */
    private static final DemoSettings SETTINGS = new DemoSettings(11, END, Duration.ofMinutes(10), 4_000);
    private static final int PAGE = 37;

    private static LuceneSource lucene;
    private static EventQuery query;

    @BeforeAll
    static void open() throws Exception {
        lucene = LuceneSource.inMemory(new SourceDescriptor("pages", "Pages", "lucene", "memory"),
                new DemoData(SETTINGS).events().iterator(), Clock.fixed(END, ZoneOffset.UTC));
        query = new EventQuery(KqlParser.parse("not event.kind:alert"), new TimeRange(SETTINGS.start(), END));
    }

    @AfterAll
    static void close() throws Exception {
        lucene.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void everyRowReadAtRandomIsTheRowOfAWalk(boolean ascending) throws Exception {
        List<String> walked = walk(ascending);
        HitPages pages = new HitPages(lucene, request(ascending), 3);
        int rows = walked.size();
        int[] order = { 0, rows - 1, rows / 2, rows / 3 + 5, 2 * PAGE + 1, rows - PAGE - 3, 1, rows / 2 + PAGE };
        for (int row : order) {
            pages.ensureLoaded(row, Cancellation.none());
            assertEquals(walked.get(row), pages.get(row).id(), "row " + row + " of " + rows);
        }
        for (int row = 0; row < rows; row += 7) {
            pages.ensureLoaded(row, Cancellation.none());
            assertEquals(walked.get(row), pages.get(row).id(), "row " + row + " of " + rows);
        }
        assertEquals(rows, pages.total());
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void theLastPageCostsAFewCountsNotAWalk(boolean ascending) throws Exception {
        Counting counting = new Counting(lucene);
        HitPages pages = new HitPages(counting, request(ascending), 3);
        pages.ensureLoaded(0, Cancellation.none());
        int last = (int) pages.total() - 1;
        pages.ensureLoaded(last, Cancellation.none());
        assertEquals(walk(ascending).get(last), pages.get(last).id());
        assertTrue(counting.searches.get() <= 3, counting.searches + " searches");
        assertTrue(counting.counts.get() <= 20, counting.counts + " counts");
        assertTrue(pages.isRead(last + 1) && pages.get(last + 1) == null, "past the last hit there is nothing");
        // SWT asks for row -1 when a table shrinks to the hits of a narrower search.
        assertTrue(pages.isRead(-1) && pages.get(-1) == null, "before the first hit there is nothing");
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void onlyTheRecentPagesStayInMemoryAndTheDroppedOnesAreNamed(boolean ascending) throws Exception {
        HitPages pages = new HitPages(lucene, request(ascending), 2);
        for (int page = 0; page < 4; page++) {
            pages.ensureLoaded(page * PAGE, Cancellation.none());
        }
        assertNull(pages.get(0));
        assertFalse(pages.isRead(PAGE));
        assertEquals(List.of(new HitPages.Rows(0, PAGE - 1), new HitPages.Rows(PAGE, 2 * PAGE - 1)),
                pages.takeDropped());
        assertTrue(pages.takeDropped().isEmpty());
    }

    private static SearchRequest request(boolean ascending) {
        return new SearchRequest(query, Event.TIMESTAMP, ascending, PAGE, null);
    }

    private static List<String> walk(boolean ascending) throws SourceException {
        List<String> ids = new ArrayList<>();
        Paging.forEachHit(lucene, new SearchRequest(query, Event.TIMESTAMP, ascending, 1_000, null), Long.MAX_VALUE,
                Cancellation.none(), event -> ids.add(event.id()));
        return ids;
    }

    /** Counts the searches and counts that reach the source. */
    private record Counting(EventSource source, AtomicInteger searches, AtomicInteger counts) implements EventSource {

        Counting(EventSource source) {
            this(source, new AtomicInteger(), new AtomicInteger());
        }

        @Override
        public SourceDescriptor descriptor() {
            return source.descriptor();
        }

        @Override
        public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
            return source.fields(cancellation);
        }

        @Override
        public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
            searches.incrementAndGet();
            return source.search(request, cancellation);
        }

        @Override
        public long count(EventQuery query, Cancellation cancellation) throws SourceException {
            counts.incrementAndGet();
            return source.count(query, cancellation);
        }

        @Override
        public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
                throws SourceException {
            return source.histogram(query, targetBuckets, offset, cancellation);
        }

        @Override
        public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
                throws SourceException {
            return source.topTerms(query, field, size, cancellation);
        }
    }
}
