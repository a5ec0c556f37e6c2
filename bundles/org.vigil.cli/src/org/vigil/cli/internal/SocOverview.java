package org.vigil.cli.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.EventQuery;
import org.vigil.events.Intervals;
import org.vigil.local.internal.LuceneEngine;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/**
 * The panels of the shipped SOC overview dashboard (issue 8), each three ways: the aggregation
 * request a dashboard sends to a source, the same figures hand-written against Lucene's doc
 * values, and the same aggregations as raw Elasticsearch JSON. Every panel is its own request, as
 * a dashboard runs each panel in its own job.
 *
 * @param name the row label
 * @param query the panel's query, a {@link BenchQueries} so that it exists as KQL, Lucene and DSL
 * @param aggregation what the panel shows
 */
record SocOverview(String name, BenchQueries query, Aggregation aggregation) {

    /** The operator's zone: day buckets and heat-map hours are Vietnamese. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final int BUCKETS = 60;
    private static final int TOP = 10;
    private static final int SERIES = 4;
    private static final int THEN = 3;
    private static final String PANEL = "panel"; //$NON-NLS-1$

    /** @return the six event panels */
    static List<SocOverview> panels() {
        BenchQueries all = BenchQueries.everything();
        BenchQueries scans = BenchQueries.all().get(0);
        BenchQueries alerts = BenchQueries.alerts();
        return List.of(
                new SocOverview("events over time by event.severity (60 bars, 4 series + other)", all, //$NON-NLS-1$
                        new Aggregation.DateHistogram(PANEL, BUCKETS, "event.severity", SERIES)), //$NON-NLS-1$
                new SocOverview("top 10 rule.name", all, Aggregation.Terms.of(PANEL, "rule.name", TOP)), //$NON-NLS-1$ //$NON-NLS-2$
                new SocOverview("top 10 source.ip of port scans", scans, //$NON-NLS-1$
                        Aggregation.Terms.of(PANEL, "source.ip", TOP)), //$NON-NLS-1$
                new SocOverview("distinct source.ip", all, new Aggregation.Distinct(PANEL, "source.ip")), //$NON-NLS-1$ //$NON-NLS-2$
                new SocOverview("heat map, hour × day of week", all, new Aggregation.HeatMap(PANEL)), //$NON-NLS-1$
                new SocOverview("alerts: top 10 rule.name × top 3 source.ip", alerts, //$NON-NLS-1$
                        new Aggregation.Terms(PANEL, "rule.name", TOP, "source.ip", THEN))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param range the time range
     * @return the request a dashboard sends
     */
    AggregationRequest request(TimeRange range) throws QuerySyntaxException {
        return new AggregationRequest(new EventQuery(KqlParser.parse(query.kql()), range), ZONE, List.of(aggregation));
    }

    /**
     * The same figures computed by hand from doc values.
     *
     * @param searcher the reader of the embedded store's index
     * @param range the time range
     * @param types the store's field types: text is counted from the field of its whole values
     * @return something of the result, so the work is not optimised away
     */
    Object reference(IndexSearcher searcher, TimeRange range, Map<String, FieldType> types) throws java.io.IOException {
        Query lucene = query.lucene(range);
        Function<String, String> whole = field -> types.get(field) == FieldType.TEXT ? LuceneEngine.wholeTextField(field)
                : field;
        ZoneOffset offset = ZONE.getRules().getOffset(range.from());
        return switch (aggregation) {
            case Aggregation.DateHistogram h -> BarePanels.splitHistogram(searcher, lucene, range,
                    Intervals.auto(range, h.targetBuckets()), offset, h.splitField(), h.splitSize());
            case Aggregation.Terms t when t.thenField() != null -> BarePanels.table(searcher, lucene,
                    whole.apply(t.field()), t.size(), whole.apply(t.thenField()), t.thenSize());
            case Aggregation.Terms t -> BarePanels.topValues(searcher, lucene, whole.apply(t.field()), t.size());
            case Aggregation.Distinct d -> BarePanels.distinct(searcher, lucene, whole.apply(d.field()));
            case Aggregation.HeatMap m -> BarePanels.heatMap(searcher, lucene, offset);
            default -> throw new IllegalStateException(aggregation.toString());
        };
    }

    /**
     * @param range the time range
     * @return the search Vigil's Elasticsearch source sends for the panel, written as raw JSON
     */
    String rawJson(TimeRange range, Map<String, FieldType> types) {
        return "{\"size\":0,\"track_total_hits\":true,\"query\":" + query.dsl(range) + ",\"aggs\":" //$NON-NLS-1$ //$NON-NLS-2$
                + rawAggregations(range, field -> types.get(field) == FieldType.TEXT ? field + ".keyword" : field) //$NON-NLS-1$
                + "}"; //$NON-NLS-1$
    }

    private String rawAggregations(TimeRange range, Function<String, String> exact) {
        return switch (aggregation) {
            case Aggregation.DateHistogram h -> "{\"a0\":" + dateHistogram(range, h.targetBuckets()) //$NON-NLS-1$
                    + ",\"a0_split\":{\"terms\":" + terms(exact.apply(h.splitField()), h.splitSize()) //$NON-NLS-1$
                    + ",\"aggs\":{\"series\":" + dateHistogram(range, h.targetBuckets()) + "}}}"; //$NON-NLS-1$ //$NON-NLS-2$
            case Aggregation.Terms t when t.thenField() != null -> "{\"a0\":{\"terms\":" + terms(exact.apply(t.field()), t.size()) //$NON-NLS-1$
                    + ",\"aggs\":{\"then\":{\"terms\":" + terms(exact.apply(t.thenField()), t.thenSize()) //$NON-NLS-1$
                    + "}}}," + withField(exact.apply(t.field())) + "}"; //$NON-NLS-1$ //$NON-NLS-2$
            case Aggregation.Terms t -> "{\"a0\":{\"terms\":" + terms(exact.apply(t.field()), t.size()) + "}," //$NON-NLS-1$ //$NON-NLS-2$
                    + withField(exact.apply(t.field())) + "}"; //$NON-NLS-1$
            case Aggregation.Distinct d -> "{\"a0\":{\"cardinality\":{\"field\":\"" + exact.apply(d.field()) //$NON-NLS-1$
                    + "\",\"precision_threshold\":40000}}}"; // Vigil's source asks for the maximum precision //$NON-NLS-1$
            case Aggregation.HeatMap m -> "{\"a0\":{\"date_histogram\":{\"field\":\"@timestamp\"," //$NON-NLS-1$
                    + "\"calendar_interval\":\"1h\",\"time_zone\":\"" + ZONE.getId() + "\",\"min_doc_count\":1}}}"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> throw new IllegalStateException(aggregation.toString());
        };
    }

    private String dateHistogram(TimeRange range, int targetBuckets) {
        Duration interval = Intervals.auto(range, targetBuckets);
        long width = interval.toMillis();
        long shift = Math.floorMod(-ZONE.getRules().getOffset(range.from()).getTotalSeconds() * 1000L, width);
        return "{\"date_histogram\":{\"field\":\"@timestamp\",\"fixed_interval\":\"" + width + "ms\",\"offset\":\"" //$NON-NLS-1$ //$NON-NLS-2$
                + shift + "ms\",\"min_doc_count\":0}}"; //$NON-NLS-1$
    }

    private static String terms(String field, int size) {
        return "{\"field\":\"" + field + "\",\"size\":" + size //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"min_doc_count\":1,\"order\":[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]}"; //$NON-NLS-1$
    }

    private static String withField(String field) {
        return "\"a0_with\":{\"filter\":{\"exists\":{\"field\":\"" + field + "\"}}}"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
