package org.vigil.elasticsearch.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.MultiBucketBase;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Every aggregation of a request as the aggregations of one size-0 search, and the reading of
 * the answer into the records of the SPI, equal to what the embedded store computes
 * (docs/AGGREGATIONS.md). Aggregations are named by their position in the request, so that no
 * name an operator gives a panel can clash with the request's own.
 */
public final class AggregationSearch {

    /**
     * The cardinality aggregation's precision threshold, at its maximum: below it Elasticsearch
     * counts distinct values (almost always) exactly, above it estimates them.
     */
    public static final int PRECISION_THRESHOLD = 40_000;

    private static final String SPLIT = "_split"; //$NON-NLS-1$
    private static final String WITH_FIELD = "_with"; //$NON-NLS-1$
    private static final String SERIES = "series"; //$NON-NLS-1$
    private static final String THEN = "then"; //$NON-NLS-1$

    private final AggregationRequest request;
    private final FieldMappings fields;
    private final String timestampField;

    /**
     * @param request what to compute
     * @param fields the mappings of the searched indices
     * @param timestampField the field holding the event time
     */
    public AggregationSearch(AggregationRequest request, FieldMappings fields, String timestampField) {
        this.request = request;
        this.fields = fields;
        this.timestampField = timestampField;
    }

    /**
     * @param filters each filter of the request translated, by its position among the filters of its aggregation
     * @return the aggregations of the search, by name
     * @throws QueryTranslationException naming the first field that cannot be aggregated as asked
     */
    public Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregation> aggregations(
            Map<Aggregation.Filters, List<Query>> filters) throws QueryTranslationException {
        Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregation> all = new LinkedHashMap<>();
        List<Aggregation> asked = request.aggregations();
        for (int i = 0; i < asked.size(); i++) {
            String name = name(i);
            switch (asked.get(i)) {
                case Aggregation.DateHistogram histogram -> histogram(name, histogram, all);
                case Aggregation.Terms terms -> {
                    String exact = exact(terms.field());
                    all.put(name, terms(exact, terms.size(), terms.thenField() == null ? null
                            : Map.of(THEN, terms(exact(terms.thenField()), terms.thenSize(), null))));
                    all.put(name + WITH_FIELD, AggregationRequests.withField(exact));
                }
                case Aggregation.Distinct distinct -> {
                    String exact = exact(distinct.field());
                    all.put(name, co.elastic.clients.elasticsearch._types.aggregations.Aggregation
                            .of(a -> a.cardinality(c -> c.field(exact).precisionThreshold(PRECISION_THRESHOLD))));
                }
                case Aggregation.Stats stats -> {
                    String numeric = numeric(stats.field());
                    all.put(name, co.elastic.clients.elasticsearch._types.aggregations.Aggregation
                            .of(a -> a.stats(s -> s.field(numeric))));
                }
                case Aggregation.HeatMap heatMap -> all.put(name, co.elastic.clients.elasticsearch._types.aggregations
                        .Aggregation.of(a -> a.dateHistogram(h -> h.field(timestampField)
                                .calendarInterval(CalendarInterval.Hour).timeZone(request.zone().getId()).minDocCount(1))));
                case Aggregation.Filters named -> all.put(name, co.elastic.clients.elasticsearch._types.aggregations
                        .Aggregation.of(a -> a.filters(f -> f.filters(b -> b.array(filters.get(named))))));
            }
        }
        return all;
    }

    private void histogram(String name, Aggregation.DateHistogram histogram,
            Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregation> all)
            throws QueryTranslationException {
        var grid = AggregationRequests.histogram(timestampField, request.query().range(), interval(histogram),
                request.gridOffset());
        all.put(name, grid);
        if (histogram.splitField() != null) {
            all.put(name + SPLIT, terms(exact(histogram.splitField()), histogram.splitSize(), Map.of(SERIES, grid)));
        }
    }

    private static co.elastic.clients.elasticsearch._types.aggregations.Aggregation terms(String exactField, int size,
            Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregation> sub) {
        co.elastic.clients.elasticsearch._types.aggregations.Aggregation terms = AggregationRequests.terms(exactField,
                size, 1);
        return sub == null ? terms
                : co.elastic.clients.elasticsearch._types.aggregations.Aggregation
                        .of(a -> a.terms(terms.terms()).aggregations(sub));
    }

    /**
     * @param hits the hits of the search
     * @param answers the aggregates of the answer
     * @return the results, in the request's order
     */
    public AggregationResults results(long hits, Map<String, Aggregate> answers) {
        List<AggregationResult> results = new ArrayList<>();
        List<Aggregation> asked = request.aggregations();
        for (int i = 0; i < asked.size(); i++) {
            String name = name(i);
            results.add(switch (asked.get(i)) {
                case Aggregation.DateHistogram histogram -> timeSeries(histogram, answers.get(name),
                        answers.get(name + SPLIT));
                case Aggregation.Terms terms -> termsTable(terms, hits, answers.get(name),
                        answers.get(name + WITH_FIELD).filter().docCount());
                case Aggregation.Distinct distinct -> distinct(distinct, answers.get(name).cardinality().value());
                case Aggregation.Stats stats -> stats(stats, answers.get(name));
                case Aggregation.HeatMap heatMap -> heatMap(heatMap, answers.get(name));
                case Aggregation.Filters named -> filterCounts(named, answers.get(name));
            });
        }
        return AggregationResults.of(hits, results);
    }

    private AggregationResult.TimeSeries timeSeries(Aggregation.DateHistogram asked, Aggregate totals, Aggregate split) {
        Histogram all = histogram(asked, totals);
        List<Long> counts = all.buckets().stream().map(Histogram.Bucket::count).toList();
        List<AggregationResult.Series> series = new ArrayList<>();
        if (split != null) {
            for (TermBucket value : buckets(type(asked.splitField()), split)) {
                List<Long> row = histogram(asked, value.sub().get(SERIES)).buckets().stream()
                        .map(Histogram.Bucket::count).toList();
                series.add(new AggregationResult.Series(value.text(), value.count(), row));
            }
        }
        return AggregationResult.TimeSeries.of(asked.name(), all.interval(),
                all.buckets().stream().map(Histogram.Bucket::start).toList(), counts, series);
    }

    private Histogram histogram(Aggregation.DateHistogram asked, Aggregate answer) {
        return AggregationRequests.histogram(request.query().range(), interval(asked), request.gridOffset(), answer);
    }

    private AggregationResult.TermsTable termsTable(Aggregation.Terms asked, long hits, Aggregate answer,
            long withField) {
        FieldType thenType = asked.thenField() == null ? null : type(asked.thenField());
        List<AggregationResult.Bucket> buckets = new ArrayList<>();
        boolean approximate = AggregationRequests.errorBound(answer) > 0;
        for (TermBucket value : buckets(type(asked.field()), answer)) {
            if (thenType == null) {
                buckets.add(AggregationResult.Bucket.of(value.text(), value.count()));
                continue;
            }
            Aggregate then = value.sub().get(THEN);
            approximate |= AggregationRequests.errorBound(then) > 0;
            buckets.add(new AggregationResult.Bucket(value.text(), value.count(), buckets(thenType, then).stream()
                    .map(inner -> AggregationResult.Bucket.of(inner.text(), inner.count())).toList(),
                    AggregationRequests.othersCount(then)));
        }
        return new AggregationResult.TermsTable(asked.name(), asked.field(), hits, withField,
                AggregationRequests.othersCount(answer), buckets, approximate);
    }

    private static AggregationResult.DistinctCount distinct(Aggregation.Distinct asked, long value) {
        return new AggregationResult.DistinctCount(asked.name(), asked.field(), value, value >= PRECISION_THRESHOLD);
    }

    private static AggregationResult.NumericStats stats(Aggregation.Stats asked, Aggregate answer) {
        var stats = answer.stats();
        return new AggregationResult.NumericStats(asked.name(), asked.field(), stats.count(),
                stats.count() == 0 ? 0 : stats.sum(), orNaN(stats.count(), stats.min()), orNaN(stats.count(), stats.max()));
    }

    private static double orNaN(long count, Double value) {
        return count == 0 || value == null ? Double.NaN : value;
    }

    private AggregationResult.HeatMap heatMap(Aggregation.HeatMap asked, Aggregate answer) {
        long[] cells = new long[AggregationResult.HeatMap.CELLS];
        answer.dateHistogram().buckets().array().forEach(bucket -> {
            ZonedDateTime local = Instant.ofEpochMilli(bucket.key()).atZone(request.zone());
            cells[AggregationResult.HeatMap.index(local.getDayOfWeek(), local.getHour())] += bucket.docCount();
        });
        List<Long> list = new ArrayList<>();
        for (long cell : cells) {
            list.add(cell);
        }
        return new AggregationResult.HeatMap(asked.name(), request.zone(), list);
    }

    private static AggregationResult.FilterCounts filterCounts(Aggregation.Filters asked, Aggregate answer) {
        List<AggregationResult.FilterCount> counts = new ArrayList<>();
        var buckets = answer.filters().buckets().array();
        for (int i = 0; i < asked.filters().size(); i++) {
            counts.add(new AggregationResult.FilterCount(asked.filters().get(i).label(), buckets.get(i).docCount()));
        }
        return new AggregationResult.FilterCounts(asked.name(), counts);
    }

    /**
     * A bucket of a terms aggregate, its key rendered as the embedded store renders values.
     *
     * @param text the value as text
     * @param count its hits
     * @param sub its sub-aggregates
     */
    private record TermBucket(String text, long count, Map<String, Aggregate> sub) {
    }

    /** Elasticsearch's order is kept: by count, then by key as the engine orders keys, as the embedded store ranks. */
    private static List<TermBucket> buckets(FieldType type, Aggregate answer) {
        return AggregationRequests.buckets(type, answer, AggregationSearch::bucket);
    }

    private static TermBucket bucket(String text, MultiBucketBase bucket) {
        return new TermBucket(text, bucket.docCount(), bucket.aggregations());
    }

    private Duration interval(Aggregation.DateHistogram histogram) {
        return Intervals.auto(request.query().range(), histogram.targetBuckets());
    }

    private static String name(int position) {
        return "a" + position; //$NON-NLS-1$
    }

    /** @return the type the values are rendered by; a field no index maps has no values, rendered as keywords */
    private FieldType type(String field) {
        return fields.get(field).map(FieldMapping::type).orElse(FieldType.KEYWORD);
    }

    /** The field whose whole values are counted: for text its keyword sub-field, without which it is refused. */
    private String exact(String field) throws QueryTranslationException {
        FieldMapping mapping = fields.get(field).orElse(null);
        if (mapping == null) {
            return field;
        }
        if (mapping.exact().isEmpty()) {
            throw new QueryTranslationException(field, mapping.type(), null,
                    NLS.bind(Messages.Aggregate_textField, field));
        }
        return mapping.exact().get();
    }

    private String numeric(String field) throws QueryTranslationException {
        FieldMapping mapping = fields.get(field).orElse(null);
        if (mapping == null) {
            throw new QueryTranslationException(field, null, null, NLS.bind(Messages.Aggregate_unknownField, field));
        }
        if (mapping.type() != FieldType.LONG && mapping.type() != FieldType.DOUBLE) {
            throw new QueryTranslationException(field, mapping.type(), null,
                    NLS.bind(Messages.Aggregate_notNumeric, field, mapping.type().name().toLowerCase()));
        }
        return field;
    }
}
