package org.vigil.local.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.ArrayUtil;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * Hits per bucket, and when split, per bucket and value of the split field, counted in the same
 * pass: each segment counts into one row of buckets per value it meets, and the rows are added up
 * by value at the end of the segment; the top values are chosen from the totals at the end.
 */
final class TimeSeriesPart extends AggregationPart {

    private final Aggregation.DateHistogram aggregation;
    private final HistogramGrid grid;
    private final FieldValues split;
    private final Timestamps times = new Timestamps();
    private final long[] totals;
    private final Map<Object, long[]> rowsByValue = new HashMap<>();
    private long[][] rows = new long[0][];

    /**
     * @param aggregation what to count
     * @param grid the buckets
     * @param split the split field's values, or {@code null} for no split
     */
    TimeSeriesPart(Aggregation.DateHistogram aggregation, HistogramGrid grid, FieldValues split) {
        this.aggregation = aggregation;
        this.grid = grid;
        this.split = split;
        this.totals = new long[grid.buckets()];
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        times.segment(context.reader());
        if (split != null) {
            split.segment(context.reader());
            rows = new long[split.idBound()][];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        int slot = grid.slot(times.read(doc));
        if (slot < 0) {
            return;
        }
        totals[slot]++;
        if (split != null) {
            int values = split.read(doc);
            int[] ids = split.ids();
            for (int i = 0; i < values; i++) {
                row(ids[i])[slot]++;
            }
        }
    }

    @Override
    public void collectRange(int min, int max) throws IOException {
        for (int doc = min; doc < max; doc++) {
            collect(doc);
        }
    }

    private long[] row(int id) {
        if (id >= rows.length) {
            rows = ArrayUtil.grow(rows, id + 1);
        }
        long[] row = rows[id];
        if (row == null) {
            row = new long[totals.length];
            rows[id] = row;
        }
        return row;
    }

    @Override
    void finishSegment() throws IOException {
        for (int id = 0; id < rows.length; id++) {
            if (rows[id] != null) {
                long[] sum = rowsByValue.computeIfAbsent(split.key(id), key -> new long[totals.length]);
                for (int slot = 0; slot < sum.length; slot++) {
                    sum[slot] += rows[id][slot];
                }
            }
        }
        rows = new long[0][];
    }

    @Override
    AggregationResult result(long allHits) {
        List<AggregationResult.Series> series = new ArrayList<>();
        long[] other = totals.clone();
        rowsByValue.entrySet().stream().map(entry -> Map.entry(entry.getKey(), sum(entry.getValue())))
                .sorted(Map.Entry.<Object, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey, FieldValues.KEY_ORDER))
                .limit(aggregation.splitField() == null ? 0 : aggregation.splitSize()).forEach(top -> {
                    long[] row = rowsByValue.get(top.getKey());
                    series.add(new AggregationResult.Series(split.text(top.getKey()), top.getValue(), list(row)));
                    for (int slot = 0; slot < other.length; slot++) {
                        other[slot] -= row[slot];
                    }
                });
        for (int slot = 0; slot < other.length; slot++) {
            other[slot] = Math.max(0, other[slot]);
        }
        return new AggregationResult.TimeSeries(aggregation.name(), grid.interval(), grid.starts(), list(totals),
                series, list(other));
    }

    private static long sum(long[] row) {
        long sum = 0;
        for (long count : row) {
            sum += count;
        }
        return sum;
    }

    static List<Long> list(long[] counts) {
        List<Long> list = new ArrayList<>(counts.length);
        for (long count : counts) {
            list.add(count);
        }
        return list;
    }
}
