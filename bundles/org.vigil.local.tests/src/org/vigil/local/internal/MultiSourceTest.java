package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.MultiSource;
import org.vigil.events.Paging;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.events.testing.ContractEvents;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

/**
 * Searching several sources when one of them is down, hangs, throws or fails halfway through a
 * walk: the operator gets the others' results, and the one left out is named with the reason.
 */
class MultiSourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private static LuceneSource even;
    private static LuceneSource odd;
    private final Map<String, String> leftOut = new ConcurrentHashMap<>();

    @BeforeAll
    static void loadTwoStores() throws Exception {
        Clock clock = Clock.fixed(ContractEvents.END, ZoneOffset.UTC);
        List<Event> events = ContractEvents.all();
        even = LuceneSource.inMemory(new SourceDescriptor("even", "Even", "lucene", "memory"),
                events.stream().filter(e -> number(e) % 2 == 0).iterator(), clock);
        odd = LuceneSource.inMemory(new SourceDescriptor("odd", "Odd", "lucene", "memory"),
                events.stream().filter(e -> number(e) % 2 == 1).iterator(), clock);
    }

    @AfterAll
    static void closeStores() throws Exception {
        even.close();
        odd.close();
    }

    @Test
    void hitsAreMergedByTimeAndNameTheirSource() throws Exception {
        SearchPage page = multi(even, odd).search(SearchRequest.newestFirst(all(), 4), Cancellation.none());

        assertEquals(List.of("contract-000", "contract-001", "contract-002", "contract-003"),
                page.events().stream().map(Event::id).toList());
        assertEquals(List.of("even", "odd", "even", "odd"),
                page.events().stream().map(e -> e.get(MultiSource.SOURCE_FIELD)).toList());
        assertEquals(ContractEvents.COUNT, page.total());
    }

    @Test
    void aSourceThatIsDownIsLeftOutAndTheOthersStillAnswer() throws Exception {
        MultiSource multi = multi(even, broken("cluster", new SourceException(SourceException.Kind.UNAVAILABLE, "cluster",
                "Elasticsearch at https://10.1.1.5:9200 cannot be reached: connection refused", null)));

        long count = multi.count(all(), Cancellation.none());
        SearchPage page = multi.search(SearchRequest.newestFirst(all(), 10), Cancellation.none());
        Histogram histogram = multi.histogram(all(), 8, ZoneOffset.ofHours(7), Cancellation.none());
        TopTerms top = multi.topTerms(all(), "event.action", 3, Cancellation.none());

        long evens = ContractEvents.COUNT / 2;
        assertEquals(evens, count);
        assertTrue(page.events().stream().allMatch(e -> "even".equals(e.get(MultiSource.SOURCE_FIELD))));
        assertEquals(evens, histogram.total());
        assertEquals(evens, top.hits());
        assertTrue(leftOut.get("cluster").contains("connection refused"), leftOut.toString());
    }

    @Test
    void aSourceThatHangsIsLeftOutAfterTheTimeAllowed() throws Exception {
        MultiSource multi = multi(even, hanging("slow"));

        long started = System.nanoTime();
        long count = multi.count(all(), Cancellation.none());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(ContractEvents.COUNT / 2, count);
        assertTrue(millis < 5_000, "waited " + millis + " ms for a source allowed " + PATIENCE);
        assertTrue(leftOut.get("slow").contains(" 1 "), leftOut.toString());
    }

    @Test
    void aSourceThatThrowsIsLeftOutWithWhatItThrew() throws Exception {
        MultiSource multi = multi(odd, broken("plugin", new IllegalStateException("index corrupted at segment 3")));

        assertEquals(ContractEvents.COUNT / 2, multi.count(all(), Cancellation.none()));
        assertTrue(leftOut.get("plugin").contains("index corrupted at segment 3"), leftOut.toString());
    }

    @Test
    void whenEverySourceFailsTheCallFailsNamingEach() {
        MultiSource multi = multi(broken("a", new IllegalStateException("first problem")),
                broken("b", new SourceException(SourceException.Kind.DENIED, "b", "second problem", null)));

        SourceException e = assertThrows(SourceException.class, () -> multi.count(all(), Cancellation.none()));

        assertEquals(SourceException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("first problem") && e.getMessage().contains("second problem"), e.getMessage());
    }

    @Test
    void aSourceThatFailsHalfwayThroughAWalkIsLeftOutOfTheRestAndTheOtherIsWalkedToTheEnd() throws Exception {
        AtomicInteger searches = new AtomicInteger();
        EventSource flaky = new Delegate(odd) {
            @Override
            public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
                if (searches.incrementAndGet() > 2) {
                    throw new SourceException(SourceException.Kind.UNAVAILABLE, "odd", "node restarted", null);
                }
                return super.search(request, cancellation);
            }
        };
        List<Event> hits = new ArrayList<>();

        Paging.forEachHit(multi(even, flaky), SearchRequest.newestFirst(all(), 10), Long.MAX_VALUE, Cancellation.none(),
                hits::add);

        long evens = hits.stream().filter(e -> "even".equals(e.get(MultiSource.SOURCE_FIELD))).count();
        assertEquals(ContractEvents.COUNT / 2, evens, "every event of the healthy source");
        assertTrue(hits.size() > evens, "the flaky source's first pages are kept");
        assertEquals(hits.size(), hits.stream().map(Event::id).distinct().count(), "an event came twice");
        assertTrue(leftOut.get("odd").contains("node restarted"), leftOut.toString());
    }

    @Test
    void theAggregationsOfSeveralSourcesAddUpToThoseOfOneHoldingEveryEvent() throws Exception {
        List<Aggregation> asked = List.of(Aggregation.DateHistogram.of("time", 8),
                new Aggregation.DateHistogram("bySeverity", 8, "event.severity", 10),
                Aggregation.Terms.of("actions", "event.action", 10),
                new Aggregation.Terms("table", "host.name", 10, "event.action", 10),
                new Aggregation.Stats("ports", "destination.port"), new Aggregation.HeatMap("heat"),
                new Aggregation.Filters("verdicts", List.of(new Aggregation.NamedFilter("deny", KqlParser.parse("event.action:deny")),
                        new Aggregation.NamedFilter("allow", KqlParser.parse("event.action:allow")))),
                new Aggregation.Distinct("users", "user.name"));
        AggregationRequest request = new AggregationRequest(all(), ZoneId.of("Asia/Ho_Chi_Minh"), asked);
        AggregationResults one;
        try (LuceneSource whole = LuceneSource.inMemory(new SourceDescriptor("whole", "Whole", "lucene", "memory"),
                ContractEvents.all().iterator(), Clock.fixed(ContractEvents.END, ZoneOffset.UTC))) {
            one = whole.aggregate(request, Cancellation.none());
        }

        AggregationResults two = multi(even, odd).aggregate(request, Cancellation.none());

        assertEquals(one.hits(), two.hits());
        assertEquals(one.timeSeries("time").starts(), two.timeSeries("time").starts());
        assertEquals(one.timeSeries("time").totals(), two.timeSeries("time").totals());
        assertEquals(seriesByValue(one.timeSeries("bySeverity")), seriesByValue(two.timeSeries("bySeverity")));
        assertEquals(buckets(one.terms("actions").buckets()), buckets(two.terms("actions").buckets()));
        assertEquals(nested(one.terms("table")), nested(two.terms("table")));
        assertEquals(one.stats("ports"), two.stats("ports"));
        assertEquals(((AggregationResult.HeatMap) one.results().get("heat")).cells(),
                ((AggregationResult.HeatMap) two.results().get("heat")).cells());
        assertEquals(one.results().get("verdicts"), two.results().get("verdicts"));
        AggregationResult.DistinctCount users = two.distinct("users");
        assertTrue(users.approximate() && users.value() >= one.distinct("users").value(),
                "the sum of two sources' distinct counts is an upper bound: " + users);
    }

    private static Map<String, List<Long>> seriesByValue(AggregationResult.TimeSeries series) {
        Map<String, List<Long>> byValue = new java.util.TreeMap<>();
        series.series().forEach(s -> byValue.put(s.value(), s.counts()));
        byValue.put("(other)", series.other());
        return byValue;
    }

    private static Map<String, Long> buckets(List<AggregationResult.Bucket> buckets) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        buckets.forEach(b -> counts.put(b.value(), b.count()));
        return counts;
    }

    private static Map<String, Map<String, Long>> nested(AggregationResult.TermsTable table) {
        Map<String, Map<String, Long>> rows = new java.util.TreeMap<>();
        table.buckets().forEach(b -> rows.put(b.value() + "=" + b.count(), buckets(b.then())));
        return rows;
    }

    @Test
    void cancellingTheCallCancelsItEverywhere() {
        Cancellation cancellation = Cancellation.none();
        MultiSource multi = multi(even, new Delegate(odd) {
            @Override
            public long count(EventQuery query, Cancellation c) throws SourceException {
                cancellation.cancel();
                c.check("odd");
                return super.count(query, c);
            }
        });

        SourceException e = assertThrows(SourceException.class, () -> multi.count(all(), cancellation));

        assertEquals(SourceException.Kind.CANCELLED, e.kind());
        assertTrue(leftOut.isEmpty(), "a cancelled source is not a failed one: " + leftOut);
    }

    private MultiSource multi(EventSource... sources) {
        return new MultiSource(List.of(sources), PATIENCE, (source, problem) -> leftOut.put(source.id(), problem.getMessage()));
    }

    private static EventQuery all() throws Exception {
        return new EventQuery(KqlParser.parse("*"), ContractEvents.ALL);
    }

    private static int number(Event event) {
        return Integer.parseInt(event.id().substring(event.id().indexOf('-') + 1));
    }

    private static EventSource broken(String id, Exception failure) {
        return new Delegate(new SourceDescriptor(id, id, "test", "nowhere")) {
            @Override
            protected void act(Cancellation cancellation) throws SourceException {
                if (failure instanceof SourceException e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    private static EventSource hanging(String id) {
        return new Delegate(new SourceDescriptor(id, id, "test", "nowhere")) {
            @Override
            protected void act(Cancellation cancellation) {
                // Ignores its cancellation, as a stuck plugin would.
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** A source that passes calls to another, or only acts, so that a test can change one call. */
    private static class Delegate implements EventSource {

        private final EventSource target;
        private final SourceDescriptor descriptor;

        Delegate(EventSource target) {
            this.target = target;
            this.descriptor = target.descriptor();
        }

        Delegate(SourceDescriptor descriptor) {
            this.target = null;
            this.descriptor = descriptor;
        }

        /** What a source without a target does on every call before it answers nothing. */
        protected void act(Cancellation cancellation) throws SourceException {
        }

        @Override
        public SourceDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
            act(cancellation);
            return target == null ? List.of() : target.fields(cancellation);
        }

        @Override
        public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
            act(cancellation);
            return target == null ? new SearchPage(List.of(), 0, null) : target.search(request, cancellation);
        }

        @Override
        public long count(EventQuery query, Cancellation cancellation) throws SourceException {
            act(cancellation);
            return target == null ? 0 : target.count(query, cancellation);
        }

        @Override
        public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
                throws SourceException {
            act(cancellation);
            return target.histogram(query, targetBuckets, offset, cancellation);
        }

        @Override
        public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
                throws SourceException {
            act(cancellation);
            return target.topTerms(query, field, size, cancellation);
        }
    }
}
