package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.EventQuery;
import org.vigil.events.Intervals;
import org.vigil.events.dsl.AggregationDsl;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.QueryDslException;
import org.vigil.query.KqlParser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SDK's aggregation JSON as both Elasticsearch-compatible sources send and read it: that the
 * engines then count as the embedded store does is held by the cross-engine tests on real nodes;
 * here, what an answer leaves out and a field that cannot be aggregated.
 */
class AggregationDslTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TimeRange RANGE = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-03T00:00:00Z"));
    private static final Map<String, DslField> FIELDS = Map.of(
            "bytes", new DslField(FieldType.LONG, "bytes"),
            "blocked", new DslField(FieldType.BOOLEAN, "blocked"),
            "message", new DslField(FieldType.TEXT, null),
            "rule", new DslField(FieldType.KEYWORD, "rule"),
            "source.ip", new DslField(FieldType.IP, "source.ip"));
    private static final JsonFactory STREAMS = new JsonFactory();

    @Test
    void aHistogramHasOneBucketPerIntervalOverTheWholeRangeThoughTheEngineLeavesOutTheEmptyEnds() throws Exception {
        Duration interval = Intervals.auto(RANGE, 48);
        Instant second = RANGE.from().plus(interval);
        AggregationResults results = dsl(Aggregation.DateHistogram.of("events", 48)).results(JSON.readTree(
                "{\"hits\":{\"total\":{\"value\":7}},\"aggregations\":{\"a0\":{\"buckets\":[{\"key\":"
                        + second.toEpochMilli() + ",\"doc_count\":7}]}}}"));

        AggregationResult.TimeSeries series = results.get("events", AggregationResult.TimeSeries.class);
        int buckets = Math.toIntExact(Duration.between(RANGE.from(), RANGE.to()).dividedBy(interval));
        List<Long> expected = new ArrayList<>(Collections.nCopies(buckets, 0L));
        expected.set(1, 7L);
        assertEquals(expected, series.totals());
        assertEquals(RANGE.from(), series.starts().get(0));
        assertEquals(7, results.hits());
    }

    @Test
    void theStatsOfAFieldNoHitHasHaveNoMinimumRatherThanZero() throws Exception {
        AggregationResults results = dsl(new Aggregation.Stats("bytes", "bytes")).results(JSON.readTree(
                "{\"hits\":{\"total\":{\"value\":3}},\"aggregations\":{\"a0\":"
                        + "{\"count\":0,\"min\":null,\"max\":null,\"avg\":null,\"sum\":0.0}}}"));

        AggregationResult.NumericStats stats = results.get("bytes", AggregationResult.NumericStats.class);
        assertEquals(0, stats.count());
        assertTrue(Double.isNaN(stats.min()) && Double.isNaN(stats.max()), stats.toString());
    }

    @Test
    void booleansReadWithoutTheirKeysAsTextAreStillTrueAndFalse() throws Exception {
        AggregationResults results = dsl(Aggregation.Terms.of("blocked", "blocked", 5)).results(JSON.readTree(
                "{\"hits\":{\"total\":{\"value\":5}},\"aggregations\":{\"a0\":{\"buckets\":["
                        + "{\"key\":1,\"doc_count\":3},{\"key\":0,\"doc_count\":2}]},\"a0_with\":{\"doc_count\":5}}}"));

        AggregationResult.TermsTable table = results.get("blocked", AggregationResult.TermsTable.class);
        assertEquals(List.of("true", "false"), table.buckets().stream().map(AggregationResult.Bucket::value).toList());
        assertEquals(5, table.withField());
    }

    @Test
    void textWithoutWholeValuesIsRefusedNamingTheFieldBeforeAnythingIsSent() {
        QueryDslException e = assertThrows(QueryDslException.class,
                () -> dsl(Aggregation.Terms.of("words", "message", 10)).search("{\"match_all\":{}}", Map.of()));
        assertEquals("message", e.field());
        assertTrue(e.getMessage().contains("message"), e.getMessage());
    }

    @Test
    void aDashboardAnswerStreamedFromTheNodeFillsEveryPanelWhateverTheOrderOfItsParts() throws Exception {
        Duration interval = Intervals.auto(RANGE, 48);
        long last = RANGE.to().minus(interval).toEpochMilli();
        AggregationResults results = dsl(ZoneOffset.UTC, Aggregation.DateHistogram.of("events", 48),
                new Aggregation.DateHistogram("by rule", 48, "rule", 2),
                new Aggregation.Terms("alerts", "rule", 2, "source.ip", 1), new Aggregation.Distinct("sources", "source.ip"),
                new Aggregation.Filters("triage", List.of(new Aggregation.NamedFilter("blocked", KqlParser.parse("blocked:true")),
                        new Aggregation.NamedFilter("large", KqlParser.parse("bytes > 1000")))))
                .results(STREAMS.createParser(("{\"took\":3,\"aggregations\":{"
                        + "\"a0\":{\"buckets\":[{\"key\":" + last + ",\"doc_count\":9}]},"
                        + "\"a1\":{\"buckets\":[{\"key\":" + last + ",\"doc_count\":9}]},"
                        + "\"a1_split\":{\"sum_other_doc_count\":1,\"buckets\":[{\"key\":\"ssh\",\"doc_count\":8,"
                        + "\"series\":{\"buckets\":[{\"doc_count\":8,\"key\":" + last + "}]}}]},"
                        + "\"a2\":{\"doc_count_error_upper_bound\":0,\"sum_other_doc_count\":4,\"buckets\":["
                        + "{\"then\":{\"doc_count_error_upper_bound\":2,\"sum_other_doc_count\":1,\"buckets\":"
                        + "[{\"key\":\"2001:db8::1\",\"doc_count\":4}]},\"key\":\"ssh\",\"doc_count\":5}]},"
                        + "\"a2_with\":{\"doc_count\":9},\"a3\":{\"value\":40000},"
                        + "\"a4\":{\"buckets\":[{\"doc_count\":6},{\"doc_count\":2}]}},"
                        + "\"hits\":{\"total\":{\"value\":9,\"relation\":\"eq\"}}}").getBytes(StandardCharsets.UTF_8)));

        List<Long> totals = results.get("events", AggregationResult.TimeSeries.class).totals();
        assertEquals(List.of(0L, 9L), List.of(totals.get(0), totals.get(totals.size() - 1)));
        AggregationResult.TimeSeries byRule = results.get("by rule", AggregationResult.TimeSeries.class);
        assertEquals("ssh", byRule.series().get(0).value());
        assertEquals(8L, byRule.series().get(0).counts().get(totals.size() - 1));
        AggregationResult.TermsTable alerts = results.get("alerts", AggregationResult.TermsTable.class);
        assertEquals(List.of(9L, 9L, 4L), List.of(alerts.hits(), alerts.withField(), alerts.others()));
        assertEquals("2001:db8:0:0:0:0:0:1", alerts.buckets().get(0).then().get(0).value());
        assertTrue(alerts.approximate(), "an estimate among the second values makes the table approximate");
        AggregationResult.DistinctCount sources = results.get("sources", AggregationResult.DistinctCount.class);
        assertTrue(sources.approximate(), sources.toString());
        assertEquals(List.of(6L, 2L), results.get("triage", AggregationResult.FilterCounts.class).counts().stream()
                .map(AggregationResult.FilterCount::count).toList());
    }

    @Test
    void theHeatMapPutsEachHourWhereTheOperatorsClockShowedItAcrossASummerTimeChange() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 2026-10-25 01:00Z ends summer time: 00:00Z and 01:00Z are both 02:00 on the operator's clock.
        AggregationResults results = dsl(berlin, new Aggregation.HeatMap("week")).results(JSON.readTree(
                "{\"hits\":{\"total\":{\"value\":7}},\"aggregations\":{\"a0\":{\"buckets\":["
                        + "{\"key\":" + Instant.parse("2026-10-24T22:00:00Z").toEpochMilli() + ",\"doc_count\":1},"
                        + "{\"key\":" + Instant.parse("2026-10-25T00:00:00Z").toEpochMilli() + ",\"doc_count\":2},"
                        + "{\"key\":" + Instant.parse("2026-10-25T01:00:00Z").toEpochMilli() + ",\"doc_count\":4}]}}}"));

        List<Long> cells = results.get("week", AggregationResult.HeatMap.class).cells();
        assertEquals(1, cells.get(AggregationResult.HeatMap.index(DayOfWeek.SUNDAY, 0)));
        assertEquals(6, cells.get(AggregationResult.HeatMap.index(DayOfWeek.SUNDAY, 2)));
        assertEquals(7, cells.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anAnswerThatLeavesOutAnAggregationShowsItEmptyAndOneThatIsNotAnObjectIsRefused() throws Exception {
        AggregationDsl dsl = dsl(ZoneOffset.UTC, new Aggregation.Stats("bytes", "bytes"), Aggregation.Terms.of("rules", "rule", 5));
        AggregationResults results = dsl.results(STREAMS.createParser("{\"hits\":{\"total\":{\"value\":3}}}"));

        assertTrue(Double.isNaN(results.get("bytes", AggregationResult.NumericStats.class).min()));
        assertEquals(List.of(), results.get("rules", AggregationResult.TermsTable.class).buckets());
        assertThrows(IOException.class, () -> dsl.results(STREAMS.createParser("[]")));
    }

    private static AggregationDsl dsl(Aggregation aggregation) throws Exception {
        return dsl(ZoneOffset.UTC, aggregation);
    }

    private static AggregationDsl dsl(ZoneId zone, Aggregation... aggregations) throws Exception {
        AggregationRequest request = new AggregationRequest(new EventQuery(KqlParser.parse("*"), RANGE),
                zone, List.of(aggregations));
        return new AggregationDsl(request, FIELDS::get, "@timestamp");
    }
}
