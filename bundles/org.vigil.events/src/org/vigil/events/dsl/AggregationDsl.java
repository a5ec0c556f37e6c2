package org.vigil.events.dsl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;
import org.vigil.events.TopTerms;
import org.vigil.events.internal.Messages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The aggregations of Elasticsearch-compatible engines as JSON, and their answers read into the
 * SPI's records, equal to what the embedded store computes (docs/AGGREGATIONS.md): every
 * aggregation of an {@link AggregationRequest} in one size-0 search, and the single histogram
 * and top values of a search. A source sends the bodies with its own client and hands the
 * answers back as Jackson trees, so each engine's source builds and reads the same requests.
 * <p>
 * The aggregations of a request are named by their position in it, so that no panel name can
 * clash. Added in package version 1.1.0.
 */
public final class AggregationDsl {

    /** Below it the engine counts distinct values (almost always) exactly; above it estimates them. */
    public static final int PRECISION_THRESHOLD = 40_000;

    /**
     * The {@code filter_path} a source may send with the searches of this class: their answers
     * are read without the keys the engine also writes as text, which are most of the bytes of a
     * heat map's 24 buckets a day and of a histogram's, to send and to parse.
     */
    public static final String ANSWER_FILTER = "-**.key_as_string"; //$NON-NLS-1$

    private static final String RESULT = "result"; //$NON-NLS-1$
    private static final String TERMS_WITH_FIELD = "with_field"; //$NON-NLS-1$
    private static final String AGGREGATIONS = "aggregations"; //$NON-NLS-1$
    private static final String DOC_COUNT = "doc_count"; //$NON-NLS-1$

    private static final String SPLIT = "_split"; //$NON-NLS-1$
    private static final String WITH_FIELD = "_with"; //$NON-NLS-1$
    private static final String SERIES = "series"; //$NON-NLS-1$
    private static final String THEN = "then"; //$NON-NLS-1$

    private final AggregationRequest request;
    private final Function<String, DslField> fields;
    private final String timestampField;

    /**
     * @param request what to compute
     * @param fields the mapping of a field by name, {@code null} for a field no index maps
     * @param timestampField the time field
     */
    public AggregationDsl(AggregationRequest request, Function<String, DslField> fields, String timestampField) {
        this.request = request;
        this.fields = fields;
        this.timestampField = timestampField;
    }

    /**
     * @param query the request's query, translated
     * @param filters the translated queries of each filters aggregation, in order
     * @return the body of the size-0 search that computes every aggregation of the request
     * @throws QueryDslException naming the first field that cannot be aggregated as asked
     */
    public String search(String query, Map<Aggregation.Filters, List<String>> filters) throws QueryDslException {
        return search(query, aggregations(filters));
    }

    private String aggregations(Map<Aggregation.Filters, List<String>> filters) throws QueryDslException {
        List<String> all = new ArrayList<>();
        List<Aggregation> asked = request.aggregations();
        for (int i = 0; i < asked.size(); i++) {
            String name = name(i);
            switch (asked.get(i)) {
                case Aggregation.DateHistogram histogram -> {
                    String grid = Histograms.aggregation(timestampField, interval(histogram), request.gridOffset());
                    add(all, name, grid);
                    if (histogram.splitField() != null) {
                        add(all, name + SPLIT, withSub(Buckets.terms(exact(histogram.splitField()), histogram.splitSize(), 1),
                                SERIES, grid));
                    }
                }
                case Aggregation.Terms terms -> {
                    String exact = exact(terms.field());
                    String outer = Buckets.terms(exact, terms.size(), 1);
                    add(all, name, terms.thenField() == null ? outer
                            : withSub(outer, THEN, Buckets.terms(exact(terms.thenField()), terms.thenSize(), 1)));
                    add(all, name + WITH_FIELD, withField(exact));
                }
                case Aggregation.Distinct distinct -> add(all, name, Json.object("cardinality", Json.object("field", //$NON-NLS-1$ //$NON-NLS-2$
                        Json.quote(exact(distinct.field())), "precision_threshold", String.valueOf(PRECISION_THRESHOLD)))); //$NON-NLS-1$
                case Aggregation.Stats stats -> add(all, name,
                        Json.object("stats", Json.object("field", Json.quote(numeric(stats.field()))))); //$NON-NLS-1$ //$NON-NLS-2$
                case Aggregation.HeatMap heatMap -> add(all, name, Json.object("date_histogram", Json.object("field", //$NON-NLS-1$ //$NON-NLS-2$
                        Json.quote(timestampField), "calendar_interval", Json.quote("hour"), "time_zone", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Json.quote(request.zone().getId()), "min_doc_count", "1"))); //$NON-NLS-1$ //$NON-NLS-2$
                case Aggregation.Filters named -> add(all, name, Json.object("filters", //$NON-NLS-1$
                        Json.object("filters", Json.array(filters.get(named))))); //$NON-NLS-1$
            }
        }
        return Json.object(all.toArray(String[]::new));
    }

    /**
     * @param search the answer to {@link #search}
     * @return the results, in the request's order
     */
    public AggregationResults results(JsonNode search) {
        long hits = hits(search);
        JsonNode answers = search.path(AGGREGATIONS);
        List<AggregationResult> results = new ArrayList<>();
        List<Aggregation> asked = request.aggregations();
        for (int i = 0; i < asked.size(); i++) {
            String name = name(i);
            JsonNode answer = answers.path(name);
            results.add(switch (asked.get(i)) {
                case Aggregation.DateHistogram histogram -> timeSeries(histogram, answer, answers.path(name + SPLIT));
                case Aggregation.Terms terms -> termsTable(terms, hits, answer,
                        answers.path(name + WITH_FIELD).path(DOC_COUNT).asLong());
                case Aggregation.Distinct distinct -> distinct(distinct, answer);
                case Aggregation.Stats stats -> stats(stats, answer);
                case Aggregation.HeatMap heatMap -> heatMap(heatMap, answer);
                case Aggregation.Filters named -> filterCounts(named, answer);
            });
        }
        return AggregationResults.of(hits, results);
    }

    private static AggregationResult.DistinctCount distinct(Aggregation.Distinct asked, JsonNode answer) {
        long value = answer.path("value").asLong(); //$NON-NLS-1$
        return new AggregationResult.DistinctCount(asked.name(), asked.field(), value, value >= PRECISION_THRESHOLD);
    }

    private static AggregationResult.NumericStats stats(Aggregation.Stats asked, JsonNode answer) {
        long count = answer.path("count").asLong(); //$NON-NLS-1$
        return new AggregationResult.NumericStats(asked.name(), asked.field(), count,
                count == 0 ? 0 : answer.path("sum").asDouble(), //$NON-NLS-1$
                count == 0 ? Double.NaN : answer.path("min").asDouble(), //$NON-NLS-1$
                count == 0 ? Double.NaN : answer.path("max").asDouble()); //$NON-NLS-1$
    }

    private static AggregationResult.FilterCounts filterCounts(Aggregation.Filters asked, JsonNode answer) {
        List<AggregationResult.FilterCount> counts = new ArrayList<>();
        JsonNode buckets = answer.path("buckets"); //$NON-NLS-1$
        for (int i = 0; i < asked.filters().size(); i++) {
            counts.add(new AggregationResult.FilterCount(asked.filters().get(i).label(),
                    buckets.path(i).path(DOC_COUNT).asLong()));
        }
        return new AggregationResult.FilterCounts(asked.name(), counts);
    }

    private AggregationResult.TimeSeries timeSeries(Aggregation.DateHistogram asked, JsonNode totals, JsonNode split) {
        Histogram all = histogram(asked, totals);
        List<Long> counts = all.buckets().stream().map(Histogram.Bucket::count).toList();
        List<AggregationResult.Series> series = new ArrayList<>();
        if (asked.splitField() != null) {
            for (Buckets.Value value : Buckets.values(type(asked.splitField()), split)) {
                List<Long> row = histogram(asked, value.bucket().path(SERIES)).buckets().stream()
                        .map(Histogram.Bucket::count).toList();
                series.add(new AggregationResult.Series(value.text(), value.count(), row));
            }
        }
        return AggregationResult.TimeSeries.of(asked.name(), all.interval(),
                all.buckets().stream().map(Histogram.Bucket::start).toList(), counts, series);
    }

    private Histogram histogram(Aggregation.DateHistogram asked, JsonNode answer) {
        return Histograms.read(request.query().range(), interval(asked), request.gridOffset(), answer);
    }

    private AggregationResult.TermsTable termsTable(Aggregation.Terms asked, long hits, JsonNode answer, long withField) {
        FieldType thenType = asked.thenField() == null ? null : type(asked.thenField());
        List<AggregationResult.Bucket> buckets = new ArrayList<>();
        boolean approximate = Buckets.approximate(answer);
        for (Buckets.Value value : Buckets.values(type(asked.field()), answer)) {
            if (thenType == null) {
                buckets.add(AggregationResult.Bucket.of(value.text(), value.count()));
                continue;
            }
            JsonNode then = value.bucket().path(THEN);
            approximate |= Buckets.approximate(then);
            buckets.add(new AggregationResult.Bucket(value.text(), value.count(), Buckets.values(thenType, then).stream()
                    .map(inner -> AggregationResult.Bucket.of(inner.text(), inner.count())).toList(),
                    Buckets.others(then)));
        }
        return new AggregationResult.TermsTable(asked.name(), asked.field(), hits, withField, Buckets.others(answer),
                buckets, approximate);
    }

    private AggregationResult.HeatMap heatMap(Aggregation.HeatMap asked, JsonNode answer) {
        long[] cells = new long[AggregationResult.HeatMap.CELLS];
        for (JsonNode bucket : answer.path("buckets")) { //$NON-NLS-1$
            ZonedDateTime local = Instant.ofEpochMilli(bucket.path("key").asLong()).atZone(request.zone()); //$NON-NLS-1$
            cells[AggregationResult.HeatMap.index(local.getDayOfWeek(), local.getHour())] += bucket.path(DOC_COUNT).asLong();
        }
        List<Long> list = new ArrayList<>();
        for (long cell : cells) {
            list.add(cell);
        }
        return new AggregationResult.HeatMap(asked.name(), request.zone(), list);
    }

    /**
     * @param query the search's query, translated
     * @param timestampField the time field
     * @param interval the bucket width
     * @param offset the operator's UTC offset, which days start at
     * @return the body of the size-0 search that counts hits per bucket of {@link Intervals#bucketStart}
     */
    public static String histogramSearch(String query, String timestampField, Duration interval, ZoneOffset offset) {
        return search(query, Json.object(RESULT, Histograms.aggregation(timestampField, interval, offset)));
    }

    /**
     * @param answer the answer to {@link #histogramSearch}
     * @param range the searched range
     * @param interval the bucket width asked for
     * @param offset the operator's UTC offset
     * @return one bucket per interval over the whole range, empty ones included
     */
    public static Histogram histogram(JsonNode answer, TimeRange range, Duration interval, ZoneOffset offset) {
        return Histograms.read(range, interval, offset, answer.path(AGGREGATIONS).path(RESULT));
    }

    /**
     * @param query the search's query, translated
     * @param exactField the field of whole values
     * @param size how many values
     * @param minimumCount the fewest hits a value needs, 1 for any
     * @return the body of the size-0 search for the most frequent values and the count of hits having the field
     */
    public static String termsSearch(String query, String exactField, int size, int minimumCount) {
        return search(query, Json.object(RESULT, Buckets.terms(exactField, size, minimumCount),
                TERMS_WITH_FIELD, withField(exactField)));
    }

    /**
     * @param answer the answer to {@link #termsSearch}
     * @param type the field's type, which values are rendered by
     * @return every value of the answer as the embedded store renders and ranks it: by count, then
     *         by its text (the engine orders numbers and addresses by value)
     */
    public static List<TopTerms.Term> terms(JsonNode answer, FieldType type) {
        return Buckets.values(type, answer.path(AGGREGATIONS).path(RESULT)).stream()
                .map(value -> new TopTerms.Term(value.text(), value.count()))
                .sorted(Comparator.comparingLong(TopTerms.Term::count).reversed().thenComparing(TopTerms.Term::value))
                .toList();
    }

    /**
     * @param answer the answer to {@link #termsSearch}
     * @return how many hits have the field
     */
    public static long withField(JsonNode answer) {
        return answer.path(AGGREGATIONS).path(TERMS_WITH_FIELD).path(DOC_COUNT).asLong();
    }

    /**
     * @param answer the answer to a search of this class
     * @return how many hits the search has
     */
    public static long hits(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String search(String query, String aggregations) {
        return Json.object("size", "0", "track_total_hits", "true", "query", query, "aggs", aggregations); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static String withField(String exactField) {
        return Json.object("filter", Json.object("exists", Json.object("field", Json.quote(exactField)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void add(List<String> all, String name, String aggregation) {
        all.add(name);
        all.add(aggregation);
    }

    /** @return the aggregation with one sub-aggregation */
    private static String withSub(String aggregation, String subName, String sub) {
        return aggregation.substring(0, aggregation.length() - 1) + ",\"aggs\":" + Json.object(subName, sub) + '}'; //$NON-NLS-1$
    }

    private Duration interval(Aggregation.DateHistogram histogram) {
        return Intervals.auto(request.query().range(), histogram.targetBuckets());
    }

    private static String name(int position) {
        return "a" + position; //$NON-NLS-1$
    }

    /** @return the type values are rendered by; a field no index maps has none, rendered as keywords */
    private FieldType type(String field) {
        DslField mapping = fields.apply(field);
        return mapping == null ? FieldType.KEYWORD : mapping.type();
    }

    /** The field whose whole values are counted: for text its keyword sub-field, without which it is refused. */
    private String exact(String field) throws QueryDslException {
        DslField mapping = fields.apply(field);
        if (mapping == null) {
            return field;
        }
        if (mapping.exact() == null) {
            throw new QueryDslException(field, null, NLS.bind(Messages.Dsl_aggregate_textField, field));
        }
        return mapping.exact();
    }

    private String numeric(String field) throws QueryDslException {
        DslField mapping = fields.apply(field);
        if (mapping == null) {
            throw new QueryDslException(field, null, NLS.bind(Messages.Dsl_aggregate_unknownField, field));
        }
        if (mapping.type() != FieldType.LONG && mapping.type() != FieldType.DOUBLE) {
            throw new QueryDslException(field, null,
                    NLS.bind(Messages.Dsl_aggregate_notNumeric, field, mapping.type().name().toLowerCase(Locale.ROOT)));
        }
        return field;
    }
}
