package org.vigil.local.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * The top values of a field, and of a second field within each, counted in one pass: a segment
 * counts the first field's values into an array by id and the pairs into a map keyed by both
 * ids, and turns ids into values once at its end.
 */
final class TermsPart extends AggregationPart {

    private final Aggregation.Terms aggregation;
    private final FieldValues first;
    private final FieldValues then;
    private final Map<Object, Long> counts = new HashMap<>();
    private final Map<Object, Map<Object, Long>> pairCounts = new HashMap<>();
    private final LongLongMap segmentPairs = new LongLongMap();
    private long[] segmentCounts = new long[0];
    private long withField;
    /** The first field's ordinals when it is counted alone with one value per document: the common panel, on a loop of its own. */
    private SortedDocValues singleFirst;

    /**
     * @param aggregation what to count
     * @param first the first field's values
     * @param then the second field's values, or {@code null}
     */
    TermsPart(Aggregation.Terms aggregation, FieldValues first, FieldValues then) {
        this.aggregation = aggregation;
        this.first = first;
        this.then = then;
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        first.segment(context.reader());
        if (then != null) {
            then.segment(context.reader());
            segmentPairs.clear();
        }
        segmentCounts = new long[first.idBound()];
        singleFirst = then == null ? first.singleOrdinals() : null;
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        count(doc);
    }

    @Override
    public void collectRange(int min, int max) throws IOException {
        hits += max - min;
        for (int doc = min; doc < max; doc++) {
            count(doc);
        }
    }

    private void count(int doc) throws IOException {
        SortedDocValues ordinals = singleFirst;
        if (ordinals != null) {
            // Documents with the field are the sum of the counts, taken at the segment's end.
            if (ordinals.advanceExact(doc)) {
                segmentCounts[ordinals.ordValue()]++;
            }
            return;
        }
        int values = first.read(doc);
        if (values == 0) {
            return;
        }
        withField++;
        int[] ids = first.ids();
        for (int i = 0; i < values; i++) {
            int id = ids[i];
            if (id >= segmentCounts.length) {
                segmentCounts = ArrayUtil.grow(segmentCounts, id + 1);
            }
            segmentCounts[id]++;
        }
        if (then != null) {
            collectPairs(doc, values, ids);
        }
    }

    private void collectPairs(int doc, int values, int[] ids) throws IOException {
        int thenValues = then.read(doc);
        int[] thenIds = then.ids();
        for (int i = 0; i < values; i++) {
            long high = (long) ids[i] << 32;
            for (int j = 0; j < thenValues; j++) {
                segmentPairs.add(high | thenIds[j], 1);
            }
        }
    }

    @Override
    void finishSegment() throws IOException {
        for (int id = 0; id < segmentCounts.length; id++) {
            if (singleFirst != null) {
                withField += segmentCounts[id];
            }
            if (segmentCounts[id] > 0) {
                counts.merge(first.key(id), segmentCounts[id], Long::sum);
            }
        }
        if (then != null) {
            segmentPairs.forEach((pair, count) -> pairCounts
                    .computeIfAbsent(first.key((int) (pair >>> 32)), key -> new HashMap<>())
                    .merge(then.key((int) pair), count, Long::sum));
        }
    }

    @Override
    AggregationResult result(long allHits) {
        List<Map.Entry<Object, Long>> top = top(counts, aggregation.size());
        List<AggregationResult.Bucket> buckets = top.stream().map(this::bucket).toList();
        return new AggregationResult.TermsTable(aggregation.name(), aggregation.field(), allHits, withField,
                sum(counts) - sum(top), buckets, false);
    }

    private AggregationResult.Bucket bucket(Map.Entry<Object, Long> value) {
        String text = first.text(value.getKey());
        if (then == null) {
            return AggregationResult.Bucket.of(text, value.getValue());
        }
        Map<Object, Long> within = pairCounts.getOrDefault(value.getKey(), Map.of());
        List<Map.Entry<Object, Long>> top = top(within, aggregation.thenSize());
        return new AggregationResult.Bucket(text, value.getValue(),
                top.stream().map(entry -> AggregationResult.Bucket.of(then.text(entry.getKey()), entry.getValue()))
                        .toList(),
                sum(within) - sum(top));
    }

    /** Most frequent first, ties in the values' own order, as Elasticsearch ranks its buckets. */
    static List<Map.Entry<Object, Long>> top(Map<Object, Long> counts, int size) {
        return counts.entrySet().stream().sorted(Map.Entry.<Object, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey, FieldValues.KEY_ORDER)).limit(size).toList();
    }

    private static long sum(Map<Object, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sum(List<Map.Entry<Object, Long>> counts) {
        return counts.stream().mapToLong(Map.Entry::getValue).sum();
    }
}
