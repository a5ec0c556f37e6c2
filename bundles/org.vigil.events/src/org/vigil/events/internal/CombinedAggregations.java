package org.vigil.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResult.Bucket;
import org.vigil.events.AggregationResult.DistinctCount;
import org.vigil.events.AggregationResult.FilterCount;
import org.vigil.events.AggregationResult.FilterCounts;
import org.vigil.events.AggregationResult.HeatMap;
import org.vigil.events.AggregationResult.NumericStats;
import org.vigil.events.AggregationResult.Series;
import org.vigil.events.AggregationResult.TermsTable;
import org.vigil.events.AggregationResult.TimeSeries;
import org.vigil.events.AggregationResults;

/**
 * The aggregations of several sources as one answer: counts, buckets, cells and stats added up.
 * Each source is asked for more top values than shown, as Elasticsearch asks its shards, and the
 * values shown are those with the highest sums; a value outside every source's own list can be
 * missed, so merged top lists say they are approximate when a source left values out. A distinct
 * count of several sources is the sum of theirs: an upper bound (a value seen by two sources
 * counts twice), marked approximate.
 */
public final class CombinedAggregations {

    private CombinedAggregations() {
    }

    /**
     * @param request what the caller asked
     * @return the same, with more top values asked of each source
     */
    public static AggregationRequest widened(AggregationRequest request) {
        List<Aggregation> wider = request.aggregations().stream().map(CombinedAggregations::widened).toList();
        return new AggregationRequest(request.query(), request.zone(), wider);
    }

    private static Aggregation widened(Aggregation aggregation) {
        return switch (aggregation) {
            case Aggregation.Terms t -> new Aggregation.Terms(t.name(), t.field(), more(t.size()), t.thenField(),
                    t.thenField() == null ? 0 : more(t.thenSize()));
            case Aggregation.DateHistogram h when h.splitField() != null -> new Aggregation.DateHistogram(h.name(),
                    h.targetBuckets(), h.splitField(), more(h.splitSize()));
            default -> aggregation;
        };
    }

    /**
     * @param size how many top values are shown
     * @return how many to ask of each of several sources, as Elasticsearch asks its shards
     */
    public static int more(int size) {
        return Math.max(size, size * 3 / 2 + 10);
    }

    /**
     * @param request what the caller asked, for the sizes to cut the merged lists to
     * @param answers each answering source's results of the {@link #widened} request
     * @return one answer
     * @throws IllegalStateException when the sources bucketed time differently
     */
    public static AggregationResults combine(AggregationRequest request, List<AggregationResults> answers) {
        long hits = answers.stream().mapToLong(AggregationResults::hits).sum();
        List<AggregationResult> results = new ArrayList<>();
        for (Aggregation aggregation : request.aggregations()) {
            List<AggregationResult> parts = answers.stream().map(a -> a.results().get(aggregation.name())).toList();
            results.add(combine(aggregation, parts));
        }
        return AggregationResults.of(hits, results);
    }

    private static AggregationResult combine(Aggregation aggregation, List<AggregationResult> parts) {
        return switch (aggregation) {
            case Aggregation.DateHistogram h -> series(h, parts.stream().map(TimeSeries.class::cast).toList());
            case Aggregation.Terms t -> terms(t, parts.stream().map(TermsTable.class::cast).toList());
            case Aggregation.Distinct d -> distinct(parts.stream().map(DistinctCount.class::cast).toList());
            case Aggregation.Stats s -> stats(parts.stream().map(NumericStats.class::cast).toList());
            case Aggregation.HeatMap m -> heatMap(parts.stream().map(HeatMap.class::cast).toList());
            case Aggregation.Filters f -> filters(parts.stream().map(FilterCounts.class::cast).toList());
        };
    }

    private static TimeSeries series(Aggregation.DateHistogram request, List<TimeSeries> parts) {
        TimeSeries first = parts.get(0);
        int buckets = first.starts().size();
        for (TimeSeries part : parts) {
            if (!part.interval().equals(first.interval()) || !part.starts().equals(first.starts())) {
                throw new IllegalStateException("sources bucketed time by " + first.interval() + " and " //$NON-NLS-1$ //$NON-NLS-2$
                        + part.interval());
            }
        }
        long[] totals = new long[buckets];
        long[] other = new long[buckets];
        Map<String, long[]> byValue = new LinkedHashMap<>();
        for (TimeSeries part : parts) {
            add(totals, part.totals());
            add(other, part.other());
            for (Series series : part.series()) {
                add(byValue.computeIfAbsent(series.value(), v -> new long[buckets]), series.counts());
            }
        }
        List<Series> all = byValue.entrySet().stream()
                .map(e -> new Series(e.getKey(), sum(e.getValue()), boxed(e.getValue())))
                .sorted(Comparator.comparingLong(Series::total).reversed()).toList();
        int keep = request.splitField() == null ? 0 : Math.min(request.splitSize(), all.size());
        all.subList(keep, all.size()).forEach(series -> add(other, series.counts()));
        return new TimeSeries(first.name(), first.interval(), first.starts(), boxed(totals), all.subList(0, keep),
                boxed(other));
    }

    private static TermsTable terms(Aggregation.Terms request, List<TermsTable> parts) {
        TermsTable first = parts.get(0);
        long hits = 0;
        long withField = 0;
        long others = 0;
        boolean approximate = false;
        List<List<Bucket>> lists = new ArrayList<>();
        for (TermsTable part : parts) {
            hits += part.hits();
            withField += part.withField();
            others += part.others();
            approximate |= part.approximate() || parts.size() > 1 && part.others() > 0;
            lists.add(part.buckets());
        }
        List<Bucket> merged = merge(lists, request.thenField() == null ? 0 : request.thenSize());
        for (Bucket cut : merged.subList(Math.min(request.size(), merged.size()), merged.size())) {
            others += cut.count();
        }
        return new TermsTable(first.name(), first.field(), hits, withField, others,
                merged.subList(0, Math.min(request.size(), merged.size())), approximate);
    }

    /** Buckets of the same value added up, their second-level buckets too, the largest first. */
    private static List<Bucket> merge(List<List<Bucket>> lists, int thenSize) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<List<Bucket>>> thens = new LinkedHashMap<>();
        for (List<Bucket> list : lists) {
            for (Bucket bucket : list) {
                long[] sums = counts.computeIfAbsent(bucket.value(), v -> new long[2]);
                sums[0] += bucket.count();
                sums[1] += bucket.thenOthers();
                thens.computeIfAbsent(bucket.value(), v -> new ArrayList<>()).add(bucket.then());
            }
        }
        List<Bucket> merged = new ArrayList<>();
        counts.forEach((value, sums) -> {
            List<Bucket> then = thenSize == 0 ? List.of() : merge(thens.get(value), 0);
            long thenOthers = sums[1];
            if (then.size() > thenSize) {
                thenOthers += then.subList(thenSize, then.size()).stream().mapToLong(Bucket::count).sum();
                then = then.subList(0, thenSize);
            }
            merged.add(new Bucket(value, sums[0], then, thenOthers));
        });
        merged.sort(Comparator.comparingLong(Bucket::count).reversed());
        return merged;
    }

    private static DistinctCount distinct(List<DistinctCount> parts) {
        DistinctCount first = parts.get(0);
        long value = parts.stream().mapToLong(DistinctCount::value).sum();
        boolean approximate = parts.size() > 1 || first.approximate();
        return new DistinctCount(first.name(), first.field(), value, approximate);
    }

    private static NumericStats stats(List<NumericStats> parts) {
        NumericStats first = parts.get(0);
        long count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (NumericStats part : parts) {
            if (part.count() > 0) {
                count += part.count();
                sum += part.sum();
                min = Math.min(min, part.min());
                max = Math.max(max, part.max());
            }
        }
        return count == 0 ? first : new NumericStats(first.name(), first.field(), count, sum, min, max);
    }

    private static HeatMap heatMap(List<HeatMap> parts) {
        long[] cells = new long[HeatMap.CELLS];
        parts.forEach(part -> add(cells, part.cells()));
        return new HeatMap(parts.get(0).name(), parts.get(0).zone(), boxed(cells));
    }

    private static FilterCounts filters(List<FilterCounts> parts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        parts.forEach(part -> part.counts().forEach(count -> counts.merge(count.label(), count.count(), Long::sum)));
        return new FilterCounts(parts.get(0).name(),
                counts.entrySet().stream().map(e -> new FilterCount(e.getKey(), e.getValue())).toList());
    }

    private static void add(long[] into, List<Long> values) {
        for (int i = 0; i < into.length && i < values.size(); i++) {
            into[i] += values.get(i);
        }
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
