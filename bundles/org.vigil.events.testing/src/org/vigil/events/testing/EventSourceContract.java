package org.vigil.events.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.Paging;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.query.KqlParser;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.MatchAll;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;

/**
 * The behaviour every {@link EventSource} shares, whatever engine is behind it: extend this class
 * once per source, load {@link ContractEvents#all()} into it in {@link #load(List)}, and the
 * source is held to paging with cursors to the end in both orders and by another field, the
 * time range, every query form of docs/QUERY.md in KQL and Lucene syntax, exact counts,
 * histograms, top values, the field list with types, cancellation and errors. The answers are
 * computed from the events themselves, so a source is judged alone.
 *
 * <p>The source is loaded once per class: the tests only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventSourceContract {

    private static final int PAGE = 17;
    private static final QueryNode EVERYTHING = new MatchAll(new Span(0, 0));

    private EventSource source;

    /**
     * @param events the events to load, {@link ContractEvents#all()}
     * @return a source that holds exactly them, searchable
     * @throws Exception if it cannot be loaded
     */
    protected abstract EventSource load(List<Event> events) throws Exception;

    /**
     * Releases what {@link #load(List)} made (an index, a folder); nothing by default.
     *
     * @throws Exception if it cannot be released
     */
    protected void unload() throws Exception {
    }

    @BeforeAll
    final void loadContractEvents() throws Exception {
        source = load(ContractEvents.all());
    }

    @AfterAll
    final void unloadContractEvents() throws Exception {
        unload();
    }

    /** @return the loaded source */
    protected final EventSource source() {
        return source;
    }

    @Test
    void theSourceDescribesItself() {
        assertNotNull(source.descriptor(), "descriptor");
        assertFalse(source.descriptor().id().isBlank(), "a source needs an id");
        assertFalse(source.descriptor().displayName().isBlank(), "a source needs a name");
    }

    @Test
    void everyEventIsFoundOnceWhenPagingNewestFirstToTheEnd() throws Exception {
        List<Event> hits = walk(SearchRequest.newestFirst(query(EVERYTHING), PAGE));

        assertEquals(ContractEvents.COUNT, hits.size(), "hits walked");
        assertEquals(ContractEvents.COUNT, ids(hits).size(), "an event came twice or was skipped");
        for (int i = 1; i < hits.size(); i++) {
            assertFalse(hits.get(i).timestamp().isAfter(hits.get(i - 1).timestamp()),
                    "hit " + i + " is newer than the one before it");
        }
    }

    @Test
    void oldestFirstVisitsTheSameEventsInTimeOrder() throws Exception {
        List<Event> hits = walk(new SearchRequest(query(EVERYTHING), Event.TIMESTAMP, true, PAGE, null));

        assertEquals(ids(ContractEvents.all()), ids(hits));
        for (int i = 1; i < hits.size(); i++) {
            assertFalse(hits.get(i).timestamp().isBefore(hits.get(i - 1).timestamp()),
                    "hit " + i + " is older than the one before it");
        }
    }

    @Test
    void sortingByANumberOrdersByItAndStillReachesEveryEvent() throws Exception {
        List<Event> hits = walk(new SearchRequest(query(EVERYTHING), "destination.port", true, PAGE, null)); //$NON-NLS-1$

        assertEquals(ids(ContractEvents.all()), ids(hits));
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(port(hits.get(i)) >= port(hits.get(i - 1)), "hit " + i + " has a lower port than the one before");
        }
    }

    @Test
    void theFirstPageSaysHowManyHitsThereAreAndHoldsThePageSize() throws Exception {
        SearchPage page = source.search(SearchRequest.newestFirst(kql("event.action:deny"), PAGE), none()); //$NON-NLS-1$

        assertEquals(PAGE, page.events().size());
        assertEquals(expected(ContractEvents.ALL, e -> "deny".equals(e.get("event.action"))), page.total()); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(page.next(), "a first page of many has a cursor to the next");
        assertEquals(ContractEvents.all().get(1).id(), page.events().get(0).id(), "the newest deny");
    }

    @Test
    void aSearchWithoutHitsHasNoCursor() throws Exception {
        SearchPage page = source.search(SearchRequest.newestFirst(kql("event.action:nothing"), PAGE), none()); //$NON-NLS-1$

        assertEquals(List.of(), page.events());
        assertEquals(0, page.total());
        assertEquals(null, page.next());
    }

    @Test
    void theTimeRangeBoundsTheHitsFromIncludedToExcluded() throws Exception {
        Instant newest = ContractEvents.all().get(0).timestamp();
        TimeRange lastDay = new TimeRange(ContractEvents.END.minus(Duration.ofDays(1)), newest);

        long count = source.count(new EventQuery(EVERYTHING, lastDay), none());
        List<Event> hits = walk(SearchRequest.newestFirst(new EventQuery(EVERYTHING, lastDay), PAGE));

        long expected = ContractEvents.matching(lastDay, e -> true);
        assertTrue(expected > 0 && expected < ContractEvents.COUNT - 2, "the range cuts the fixture");
        assertEquals(expected, count, "count");
        assertEquals(expected, hits.size(), "hits");
        assertTrue(hits.stream().noneMatch(e -> e.timestamp().equals(newest)), "the range's end is excluded");
    }

    /** @return every query form with what it must find */
    static Stream<QueryCase> queries() {
        return Stream.of(
                kql("*", e -> true), //$NON-NLS-1$
                kql("event.action:deny", e -> is(e, "event.action", "deny")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("not event.action:allow", e -> !is(e, "event.action", "allow")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("event.action:deny and destination.port:443", //$NON-NLS-1$
                        e -> is(e, "event.action", "deny") && port(e) == 443), //$NON-NLS-1$ //$NON-NLS-2$
                kql("event.action:(deny or alert) and not host.name:web-a0", //$NON-NLS-1$
                        e -> !is(e, "event.action", "allow") && !is(e, "host.name", "web-a0")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                kql("destination.port >= 443", e -> port(e) >= 443), //$NON-NLS-1$
                kql("event.severity > 2 and event.severity <= 4", //$NON-NLS-1$
                        e -> severity(e) > 2 && severity(e) <= 4),
                kql("source.ip:10.0.1.0/24", e -> text(e, "source.ip").startsWith("10.0.1.")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("source.ip:\"2001:db8::9\"", e -> is(e, "source.ip", "2001:db8::9")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("source.ip:\"2001:db8::/32\"", e -> text(e, "source.ip").startsWith("2001:db8::")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("host.name:web-b*", e -> text(e, "host.name").startsWith("web-b")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("user.name:*", e -> e.get("user.name") != null), //$NON-NLS-1$ //$NON-NLS-2$
                kql("not user.name:*", e -> e.get("user.name") == null), //$NON-NLS-1$ //$NON-NLS-2$
                kql("message:\"failed login\"", e -> text(e, "message").startsWith("failed login")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kql("message:connection and destination.port < 100", //$NON-NLS-1$
                        e -> text(e, "message").startsWith("connection") && port(e) < 100), //$NON-NLS-1$ //$NON-NLS-2$
                lucene("event.action:deny AND destination.port:[80 TO 443]", //$NON-NLS-1$
                        e -> is(e, "event.action", "deny") && port(e) >= 80 && port(e) <= 443), //$NON-NLS-1$ //$NON-NLS-2$
                lucene("event.severity:{2 TO 5}", e -> severity(e) == 3 || severity(e) == 4), //$NON-NLS-1$
                lucene("host.name:web-c1 OR user.name:user-3", //$NON-NLS-1$
                        e -> is(e, "host.name", "web-c1") || is(e, "user.name", "user-3")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                lucene("-event.action:alert", e -> !is(e, "event.action", "alert"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void eachQueryFormFindsWhatItDescribes(QueryCase query) throws Exception {
        long expected = ContractEvents.matching(ContractEvents.ALL, query.test());
        EventQuery request = new EventQuery(query.parse(), ContractEvents.ALL);

        assertEquals(expected, source.count(request, none()), "count of " + query);
        assertEquals(expected, walk(SearchRequest.newestFirst(request, 100)).size(), "hits of " + query);
    }

    @Test
    void theHistogramsBucketsAddUpToTheCountAndStartAtLocalMidnight() throws Exception {
        ZoneOffset hanoi = ZoneOffset.ofHours(7);
        EventQuery deny = kql("event.action:deny"); //$NON-NLS-1$

        Histogram histogram = source.histogram(deny, 8, hanoi, none());

        assertEquals(expected(ContractEvents.ALL, e -> is(e, "event.action", "deny")), histogram.total()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(histogram.buckets().isEmpty());
        for (Histogram.Bucket bucket : histogram.buckets()) {
            TimeRange span = new TimeRange(bucket.start(), bucket.start().plus(histogram.interval()));
            assertEquals(ContractEvents.matching(span, e -> is(e, "event.action", "deny")), //$NON-NLS-1$ //$NON-NLS-2$
                    bucket.count(), "bucket " + bucket.start());
            if (histogram.interval().equals(Duration.ofDays(1))) {
                assertEquals(0, bucket.start().atOffset(hanoi).getHour(), "a day starts at local midnight");
            }
        }
    }

    @Test
    void topValuesAreTheMostFrequentWithExactCounts() throws Exception {
        TopTerms top = source.topTerms(kql("*"), "user.name", 3, none()); //$NON-NLS-1$ //$NON-NLS-2$

        assertEquals(ContractEvents.COUNT, top.hits());
        assertEquals(expected(ContractEvents.ALL, e -> e.get("user.name") != null), top.withField()); //$NON-NLS-1$
        assertEquals(3, top.terms().size());
        Map<String, Long> counts = ContractEvents.all().stream().filter(e -> e.get("user.name") != null) //$NON-NLS-1$
                .collect(Collectors.groupingBy(e -> text(e, "user.name"), Collectors.counting())); //$NON-NLS-1$
        long previous = Long.MAX_VALUE;
        for (TopTerms.Term term : top.terms()) {
            assertEquals(counts.get(term.value()), term.count(), term.value());
            assertTrue(term.count() <= previous, "values are most frequent first");
            previous = term.count();
        }
        long third = top.terms().get(2).count();
        assertTrue(counts.values().stream().filter(c -> c > third).count() <= 2, "a more frequent value was left out");
    }

    @Test
    void topValuesOfANumberAreItsNumbers() throws Exception {
        TopTerms top = source.topTerms(kql("event.action:deny"), "destination.port", 10, none()); //$NON-NLS-1$ //$NON-NLS-2$

        Set<String> ports = top.terms().stream().map(TopTerms.Term::value).collect(Collectors.toSet());
        assertEquals(Set.of("22", "80", "443", "3389"), ports); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(expected(ContractEvents.ALL, e -> is(e, "event.action", "deny")), //$NON-NLS-1$ //$NON-NLS-2$
                top.terms().stream().mapToLong(TopTerms.Term::count).sum());
    }

    @Test
    void theFieldListNamesEveryFieldWithItsTypeSortedByName() throws Exception {
        List<FieldInfo> fields = source.fields(none());

        Map<String, FieldType> types = fields.stream().collect(Collectors.toMap(FieldInfo::name, FieldInfo::type));
        assertEquals(FieldType.DATE, types.get(Event.TIMESTAMP));
        assertEquals(FieldType.IP, types.get("source.ip")); //$NON-NLS-1$
        assertEquals(FieldType.LONG, types.get("destination.port")); //$NON-NLS-1$
        assertEquals(FieldType.KEYWORD, types.get("event.action")); //$NON-NLS-1$
        assertEquals(FieldType.KEYWORD, types.get("user.name")); //$NON-NLS-1$
        assertEquals(FieldType.TEXT, types.get("message")); //$NON-NLS-1$
        List<String> names = fields.stream().map(FieldInfo::name).toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
    }

    @Test
    void aCancelledCallEndsAsCancelled() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();

        SourceException search = assertThrows(SourceException.class,
                () -> source.search(SearchRequest.newestFirst(kql("*"), PAGE), cancelled)); //$NON-NLS-1$
        SourceException count = assertThrows(SourceException.class, () -> source.count(kql("*"), cancelled)); //$NON-NLS-1$

        assertEquals(SourceException.Kind.CANCELLED, search.kind(), search.getMessage());
        assertEquals(SourceException.Kind.CANCELLED, count.kind(), count.getMessage());
    }

    @Test
    void anUnknownFieldMatchesNothingAndIsNoError() throws Exception {
        assertEquals(0, source.count(kql("no.such.field:x"), none())); //$NON-NLS-1$
        assertEquals(ContractEvents.COUNT, source.count(kql("not no.such.field:x"), none())); //$NON-NLS-1$
    }

    @Test
    void aBadDateInARangeIsABadQueryThatNamesTheValue() {
        SourceException e = assertThrows(SourceException.class,
                () -> source.count(kql("@timestamp >= \"the day before\""), none())); //$NON-NLS-1$

        assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("the day before"), e.getMessage()); //$NON-NLS-1$
        assertEquals(source.descriptor().id(), e.source());
    }

    /**
     * One query of {@link #queries()}.
     *
     * @param lucene whether it is Lucene syntax rather than KQL
     * @param text the query as the operator types it
     * @param test what the events it finds satisfy
     */
    protected record QueryCase(boolean lucene, String text, Predicate<Event> test) {

        QueryNode parse() throws QuerySyntaxException {
            return lucene ? LuceneSyntaxParser.parse(text) : KqlParser.parse(text);
        }

        @Override
        public String toString() {
            return (lucene ? "lucene: " : "kql: ") + text; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static QueryCase kql(String text, Predicate<Event> test) {
        return new QueryCase(false, text, test);
    }

    private static QueryCase lucene(String text, Predicate<Event> test) {
        return new QueryCase(true, text, test);
    }

    private List<Event> walk(SearchRequest request) throws SourceException {
        List<Event> hits = new ArrayList<>();
        Paging.forEachHit(source, request, Long.MAX_VALUE, none(), hits::add);
        return hits;
    }

    private static EventQuery kql(String text) throws QuerySyntaxException {
        return query(KqlParser.parse(text));
    }

    private static EventQuery query(QueryNode node) {
        return new EventQuery(node, ContractEvents.ALL);
    }

    private static long expected(TimeRange range, Predicate<Event> test) {
        return ContractEvents.matching(range, test);
    }

    private static Cancellation none() {
        return Cancellation.none();
    }

    private static Set<String> ids(List<Event> events) {
        return events.stream().map(Event::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean is(Event event, String field, String value) {
        return value.equals(text(event, field));
    }

    private static String text(Event event, String field) {
        Object value = event.get(field);
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    private static long port(Event event) {
        return ((Number) event.get("destination.port")).longValue(); //$NON-NLS-1$
    }

    private static long severity(Event event) {
        return ((Number) event.get("event.severity")).longValue(); //$NON-NLS-1$
    }
}
