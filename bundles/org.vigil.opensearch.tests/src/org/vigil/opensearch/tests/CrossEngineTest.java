package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Event;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.testing.CrossEngineAggregations;
import org.vigil.events.testing.CrossEngineCorpus;
import org.vigil.events.testing.CrossEngineOutcome;
import org.vigil.local.LuceneSource;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;

/**
 * The acceptance test of the OpenSearch source: on the shared cross-engine fixture, the embedded
 * store and a real OpenSearch node give the same counts and the same hits for every query of
 * {@link CrossEngineCorpus}, the same first pages, histograms and top terms for a few, and the
 * same dashboard aggregations of every kind in several zones.
 */
class CrossEngineTest {

    private static final int PAGE = 2_000;
    private static final int FIRST_PAGE = 50;
    private static final int TOP = 5;

    private static LuceneSource embedded;
    private static OpenSearchConnection connection;
    private static OpenSearchEventSource opensearch;
    private static String index;

    @BeforeAll
    static void loadBothEngines() throws Exception {
        List<Event> events = CrossEngineCorpus.events();
        embedded = LuceneSource.inMemory(new SourceDescriptor("cross-embedded", "Embedded", "lucene", "memory"),
                events.iterator(), CrossEngineCorpus.CLOCK);
        index = OsNode.newIndex("vigil-it-cross");
        OsNode.create(index, Properties.of(embedded.fieldTypes()));
        OsNode.write(index, events);
        connection = OpenSearchConnection.open("cross-os", OpenSearchConnection.Settings.of(OsNode.url()));
        opensearch = new OpenSearchEventSource(new SourceDescriptor("cross-os", "OpenSearch", "opensearch", index),
                connection, index, Event.TIMESTAMP, CrossEngineCorpus.CLOCK);
    }

    @AfterAll
    static void dropBothEngines() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (connection != null) {
            connection.close();
            OsNode.delete(index);
        }
    }

    static Stream<String> queries() {
        return CrossEngineCorpus.ALL.stream();
    }

    static Stream<String> detailed() {
        return CrossEngineCorpus.DETAILED.stream();
    }

    @Test
    void bothEnginesHoldTheWholeFixture() throws Exception {
        EventQuery all = query("*");

        assertEquals(CrossEngineCorpus.events().size(), embedded.count(all, Cancellation.none()));
        assertEquals(CrossEngineCorpus.events().size(), opensearch.count(all, Cancellation.none()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameCountAndSameEvents(String kql) throws Exception {
        CrossEngineOutcome expected = CrossEngineOutcome.of(embedded, query(kql), PAGE);
        CrossEngineOutcome actual = CrossEngineOutcome.of(opensearch, query(kql), PAGE);

        assertEquals(expected.error(), actual.error(), kql + ": one engine rejects the query");
        assertEquals(expected.count(), actual.count(), kql + ": count");
        assertEquals(expected.ids(), actual.ids(), kql + ": ids");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailed")
    void sameFirstPageInTheSameOrder(String kql) throws Exception {
        SearchRequest request = SearchRequest.newestFirst(query(kql), FIRST_PAGE);

        SearchPage expected = embedded.search(request, Cancellation.none());
        SearchPage actual = opensearch.search(request, Cancellation.none());

        assertEquals(expected.events().stream().map(Event::id).toList(),
                actual.events().stream().map(Event::id).toList(), kql);
        assertEquals(expected.events(), actual.events(), kql + ": events read back");
        assertEquals(expected.total(), actual.total(), kql + ": total");
    }

    static Stream<Arguments> histograms() {
        List<Arguments> cases = new ArrayList<>();
        for (String kql : CrossEngineCorpus.DETAILED) {
            for (ZoneOffset offset : List.of(ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-3, -30))) {
                cases.add(Arguments.of(kql, offset, 60));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}, {2} bars")
    @MethodSource("histograms")
    void sameHistogram(String kql, ZoneOffset offset, int target) throws Exception {
        EventQuery query = query(kql);

        assertEquals(embedded.histogram(query, target, offset, Cancellation.none()),
                opensearch.histogram(query, target, offset, Cancellation.none()), kql);
    }

    static Stream<Arguments> topTerms() {
        return CrossEngineCorpus.DETAILED.stream().flatMap(kql -> Stream.of("event.action", "source.ip",
                "destination.port", "user.name", "vulnerability.score.base", "tls.established", "message", "no.such")
                .map(field -> Arguments.of(kql, field)));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("topTerms")
    void sameTopTerms(String kql, String field) throws Exception {
        EventQuery query = query(kql);

        assertEquals(embedded.topTerms(query, field, TOP, Cancellation.none()),
                opensearch.topTerms(query, field, TOP, Cancellation.none()), kql);
    }

    static Stream<Arguments> queriesAndZones() {
        List<Arguments> cases = new ArrayList<>();
        for (String kql : CrossEngineCorpus.DETAILED) {
            for (String zone : List.of("Asia/Ho_Chi_Minh", "UTC", "America/St_Johns")) {
                cases.add(Arguments.of(kql, zone));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "aggregations of {0} in {1}")
    @MethodSource("queriesAndZones")
    void everyKindOfAggregationGivesTheSameFigures(String kql, String zone) throws Exception {
        AggregationRequest request = new AggregationRequest(query(kql), ZoneId.of(zone),
                CrossEngineAggregations.everyKind());

        AggregationResults expected = embedded.aggregate(request, Cancellation.none());
        AggregationResults actual = opensearch.aggregate(request, Cancellation.none());

        assertEquals(expected.hits(), actual.hits(), kql + ": hits");
        for (String name : expected.results().keySet()) {
            CrossEngineAggregations.assertSame(expected.results().get(name), actual.results().get(name), kql + ": " + name);
        }
    }

    @ParameterizedTest(name = "stats of {0}")
    @ValueSource(strings = { "message", "no.such", "event.action", "source.ip" })
    void aFieldThatCannotBeSummedIsABadQueryNamingIt(String field) {
        AggregationRequest request = new AggregationRequest(query("*"), ZoneId.of("UTC"),
                List.of(Aggregation.Terms.of("fine", "event.action", 3), new Aggregation.Stats("s", field)));

        SourceException e = assertThrows(SourceException.class, () -> opensearch.aggregate(request, Cancellation.none()));

        assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(field) && e.getMessage().contains("cross-os"), e.getMessage());
    }

    private static EventQuery query(String kql) {
        return CrossEngineCorpus.query(kql);
    }
}
