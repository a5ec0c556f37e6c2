package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.Event;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.events.testing.CrossEngineAggregations;
import org.vigil.events.testing.CrossEngineCorpus;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.query.KqlParser;

/**
 * The dashboard aggregations give the same figures on both engines over the shared fixture: every
 * kind, in one request, for several queries and zones (text counted by whole value: the fixture's
 * index has the keyword sub-fields {@code IndexMappings} gives text), and the same refusal of a
 * field that cannot be aggregated so. Elasticsearch's distinct counts are estimates above its precision
 * threshold; the fixture's sets are far below it, where they are exact, so they must be equal.
 */
class CrossEngineAggregationTest extends CrossEngineBase {

    private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

    static Stream<Arguments> queriesAndZones() {
        List<Arguments> cases = new ArrayList<>();
        for (String kql : CrossEngineCorpus.DETAILED) {
            for (String zone : List.of("Asia/Ho_Chi_Minh", "UTC", "America/St_Johns", "Europe/Paris")) {
                cases.add(Arguments.of(kql, zone));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("queriesAndZones")
    void everyKindGivesTheSameFiguresOnBothEngines(String kql, String zone) throws Exception {
        AggregationRequest request = new AggregationRequest(query(kql), ZoneId.of(zone), CrossEngineAggregations.everyKind());

        AggregationResults embedded = fixture.embedded().aggregate(request, Cancellation.none());
        AggregationResults elasticsearch = fixture.elasticsearch().aggregate(request, Cancellation.none());

        assertEquals(embedded.hits(), elasticsearch.hits(), kql + ": hits");
        for (String name : embedded.results().keySet()) {
            CrossEngineAggregations.assertSame(embedded.results().get(name), elasticsearch.results().get(name), kql + ": " + name);
        }
    }

    @Test
    void distinctCountsAreExactOnTheEmbeddedStoreAndEqualBelowTheThreshold() throws Exception {
        AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                List.of(new Aggregation.Distinct("sources", "source.ip")));

        AggregationResult.DistinctCount embedded = fixture.embedded().aggregate(request, Cancellation.none())
                .distinct("sources");
        AggregationResult.DistinctCount elasticsearch = fixture.elasticsearch().aggregate(request,
                Cancellation.none()).distinct("sources");

        long byHand = CrossEngineFixture.events().stream().flatMap(event -> values(event, "source.ip").stream())
                .map(ip -> org.vigil.core.model.IpLiterals.parse(ip.toString()).orElseThrow()).distinct().count();
        assertEquals(byHand, embedded.value());
        assertFalse(embedded.approximate());
        assertEquals(embedded.value(), elasticsearch.value());
        assertFalse(elasticsearch.approximate(), "far below the precision threshold");
        assertTrue(byHand > 100, "the fixture has many sources: " + byHand);
    }

    @Test
    void splitHistogramHasItsSeriesAndTheRestInOther() throws Exception {
        AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                List.of(new Aggregation.DateHistogram("time", 30, "event.action", 2)));

        for (EventSource source : List.of(fixture.embedded(), fixture.elasticsearch())) {
            AggregationResult.TimeSeries series = source.aggregate(request, Cancellation.none()).timeSeries("time");

            assertEquals(2, series.series().size());
            long inSeries = series.series().stream().mapToLong(AggregationResult.Series::total).sum();
            long inOther = series.other().stream().mapToLong(Long::longValue).sum();
            assertEquals(CrossEngineFixture.events().size(), series.total());
            assertEquals(series.total(), inSeries + inOther, source.descriptor().id());
            assertTrue(inOther > 0, "the demo has more than two actions");
        }
    }

    @Test
    void heatMapCellsAreHoursOfTheWeekInHoChiMinhCity() throws Exception {
        AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                List.of(new Aggregation.HeatMap("week")));
        long[] byHand = new long[AggregationResult.HeatMap.CELLS];
        CrossEngineFixture.events().forEach(event -> {
            var local = event.timestamp().atZone(HO_CHI_MINH);
            byHand[AggregationResult.HeatMap.index(local.getDayOfWeek(), local.getHour())]++;
        });

        for (EventSource source : List.of(fixture.embedded(), fixture.elasticsearch())) {
            AggregationResult.HeatMap map = source.aggregate(request, Cancellation.none()).heatMap("week");

            assertEquals(Stream.of(byHand).flatMapToLong(java.util.Arrays::stream).boxed().toList(), map.cells(),
                    source.descriptor().id());
        }
    }

    @Test
    void numericStatsMatchAHandCount() throws Exception {
        AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                List.of(new Aggregation.Stats("ports", "destination.port")));
        List<Long> ports = CrossEngineFixture.events().stream().flatMap(event -> values(event, "destination.port")
                .stream()).map(value -> ((Number) value).longValue()).toList();

        for (EventSource source : List.of(fixture.embedded(), fixture.elasticsearch())) {
            AggregationResult.NumericStats stats = source.aggregate(request, Cancellation.none()).stats("ports");

            assertEquals(ports.size(), stats.count(), source.descriptor().id());
            assertEquals(ports.stream().mapToLong(Long::longValue).sum(), stats.sum(), source.descriptor().id());
            assertEquals(ports.stream().mapToLong(Long::longValue).min().orElseThrow(), stats.min());
            assertEquals(ports.stream().mapToLong(Long::longValue).max().orElseThrow(), stats.max());
        }
    }

    static Stream<Arguments> badFields() {
        return Stream.of(Arguments.of(new Aggregation.Stats("s", "message"), "message"),
                Arguments.of(new Aggregation.Stats("s", "no.such"), "no.such"),
                Arguments.of(new Aggregation.Stats("s", "event.action"), "event.action"),
                Arguments.of(new Aggregation.Stats("s", "source.ip"), "source.ip"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void aFieldThatCannotBeAggregatedSoIsNamedByBothEngines(Aggregation bad, String field) {
        AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                List.of(Aggregation.Terms.of("fine", "event.action", 3), bad));

        for (EventSource source : List.of(fixture.embedded(), fixture.elasticsearch())) {
            SourceException e = assertThrows(SourceException.class,
                    () -> source.aggregate(request, Cancellation.none()));

            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains(field), e.getMessage());
        }
    }

    @Test
    void textWithoutAWholeValueFieldIsRefusedByElasticsearchNamingIt() throws Exception {
        try (TextOnlyIndex index = new TextOnlyIndex(connection)) {
            ElasticsearchEventSource source = new ElasticsearchEventSource(
                    new SourceDescriptor("text-only", "Text only", "elasticsearch", index.name()), connection,
                    index.name(), Event.TIMESTAMP, CrossEngineFixture.CLOCK);
            AggregationRequest request = new AggregationRequest(query("*"), HO_CHI_MINH,
                    List.of(Aggregation.Terms.of("messages", "message", 5)));

            SourceException e = assertThrows(SourceException.class, () -> source.aggregate(request, Cancellation.none()));

            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("message") && e.getMessage().contains("keyword"), e.getMessage());
        }
    }

    /** An index whose text has no keyword sub-field, as a team's own mapping may have it. */
    private static final class TextOnlyIndex extends ThrowAwayIndex {
        TextOnlyIndex(ElasticsearchConnection owner) throws Exception {
            super(owner, "vigil-it-text-only-");
            createAndFill(mapping -> mapping.properties("message", p -> p.text(t -> t))
                    .properties(Event.TIMESTAMP, p -> p.date(d -> d)),
                    client -> client.index(i -> i.index(name()).refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                            .document(Map.of(Event.TIMESTAMP, "2026-11-10T00:00:00Z", "message", "hello"))));
        }
    }

    @Test
    void thePreviousPeriodIsAggregatedAlike() throws Exception {
        AggregationRequest week = new AggregationRequest(new EventQuery(KqlParser.parse("event.kind:alert"),
                new org.vigil.core.model.TimeRange(CrossEngineFixture.END.minus(java.time.Duration.ofDays(7)),
                        CrossEngineFixture.END)), HO_CHI_MINH, List.of(new Aggregation.Distinct("ips", "source.ip"),
                                Aggregation.Terms.of("rules", "rule.name", 5)));

        AggregationResults embedded = fixture.embedded().aggregate(week.previousPeriod(), Cancellation.none());
        AggregationResults elasticsearch = fixture.elasticsearch().aggregate(week.previousPeriod(),
                Cancellation.none());

        assertTrue(embedded.hits() > 0);
        assertEquals(embedded, elasticsearch);
    }

    private static List<Object> values(Event event, String field) {
        Object value = event.get(field);
        return value == null ? List.of() : value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

}
