package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.Event;
import org.vigil.events.testing.CrossEngineCorpus;
import org.vigil.events.testing.CrossEngineOutcome;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * The acceptance test of the Elasticsearch source: on the same events, the embedded store and a
 * real node give the same counts and the same hits for every query of {@link CrossEngineCorpus},
 * and the same first pages, histograms and top terms for a few.
 */
class CrossEngineTest extends CrossEngineBase {

    private static final int PAGE = 2_000;
    private static final int FIRST_PAGE = 50;
    private static final int TOP = 5;

    static Stream<String> queries() {
        return CrossEngineCorpus.ALL.stream();
    }

    static Stream<String> detailed() {
        return CrossEngineCorpus.DETAILED.stream();
    }

    @Test
    void bothEnginesHoldTheWholeFixture() throws Exception {
        EventQuery all = query("*");

        assertEquals(CrossEngineFixture.events().size(), fixture.embedded().count(all, Cancellation.none()));
        assertEquals(CrossEngineFixture.events().size(), fixture.elasticsearch().count(all, Cancellation.none()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameCountAndSameEvents(String kql) throws Exception {
        CrossEngineOutcome embedded = CrossEngineOutcome.of(fixture.embedded(), query(kql), PAGE);
        CrossEngineOutcome elasticsearch = CrossEngineOutcome.of(fixture.elasticsearch(), query(kql), PAGE);

        assertEquals(embedded.error(), elasticsearch.error(), kql + ": one engine rejects the query");
        assertEquals(embedded.count(), elasticsearch.count(), kql + ": count");
        assertEquals(embedded.ids(), elasticsearch.ids(), kql + ": ids");
        assertEquals(embedded.count(), embedded.ids().size(), kql + ": total of the embedded pages");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailed")
    void sameFirstPageInTheSameOrder(String kql) throws Exception {
        SearchRequest request = SearchRequest.newestFirst(query(kql), FIRST_PAGE);

        SearchPage embedded = fixture.embedded().search(request, Cancellation.none());
        SearchPage elasticsearch = fixture.elasticsearch().search(request, Cancellation.none());

        assertEquals(ids(embedded.events()), ids(elasticsearch.events()), kql);
        assertEquals(embedded.events(), elasticsearch.events(), kql + ": events read back");
        assertEquals(embedded.total(), elasticsearch.total(), kql + ": total");
    }

    static Stream<Arguments> histograms() {
        List<Arguments> cases = new ArrayList<>();
        for (String kql : CrossEngineCorpus.DETAILED) {
            for (ZoneOffset offset : List.of(ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-3, -30))) {
                for (int target : List.of(30, 60, 250)) {
                    cases.add(Arguments.of(kql, offset, target));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}, {2} bars")
    @MethodSource("histograms")
    void sameHistogram(String kql, ZoneOffset offset, int target) throws Exception {
        EventQuery query = query(kql);

        assertEquals(fixture.embedded().histogram(query, target, offset, Cancellation.none()),
                fixture.elasticsearch().histogram(query, target, offset, Cancellation.none()), kql);
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

        assertEquals(fixture.embedded().topTerms(query, field, TOP, Cancellation.none()),
                fixture.elasticsearch().topTerms(query, field, TOP, Cancellation.none()), kql);
    }

    @Test
    void everyFormOfTheCorpusFindsSomething() throws Exception {
        long empty = CrossEngineCorpus.ALL.stream().filter(kql -> {
            try {
                return fixture.embedded().count(query(kql), Cancellation.none()) == 0;
            } catch (SourceException e) {
                return true;
            }
        }).count();

        // A few queries test that nothing matches (case, unknown fields); most must find events.
        assertTrue(empty <= 6, empty + " queries find nothing");
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }
}
