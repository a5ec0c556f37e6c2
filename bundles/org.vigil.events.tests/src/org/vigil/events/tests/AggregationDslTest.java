package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
            "message", new DslField(FieldType.TEXT, null));

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

    private static AggregationDsl dsl(Aggregation aggregation) throws Exception {
        AggregationRequest request = new AggregationRequest(new EventQuery(KqlParser.parse("*"), RANGE),
                ZoneOffset.UTC, List.of(aggregation));
        return new AggregationDsl(request, FIELDS::get, "@timestamp");
    }
}
