package org.vigil.cli.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;

/**
 * The SOC overview's panels written by hand against Lucene's doc values, for single-valued
 * fields as the demo data has them: the reference the embedded store's aggregations are compared
 * with. Each is one collector over the hits, as a person who knows Lucene would write it.
 */
final class BarePanels {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private BarePanels() {
    }

    /** Hits per bucket, and per bucket for each value of a numeric field; the top values' rows. */
    static List<long[]> splitHistogram(IndexSearcher searcher, Query query, TimeRange range, Duration interval,
            ZoneOffset offset, String field, int size) throws IOException {
        long width = interval.toMillis();
        long shift = offset.getTotalSeconds() * 1000L;
        long firstSlot = Math.floorDiv(range.from().toEpochMilli() + shift, width);
        int buckets = (int) (Math.floorDiv(range.to().toEpochMilli() - 1 + shift, width) - firstSlot + 1);
        long[] totals = new long[buckets];
        Map<Long, long[]> rows = new HashMap<>();
        searcher.search(query, new Hits() {
            private NumericDocValues times;
            private SortedNumericDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                times = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), Event.TIMESTAMP));
                values = DocValues.getSortedNumeric(context.reader(), field);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!times.advanceExact(doc)) {
                    return;
                }
                int slot = (int) (Math.floorDiv(times.longValue() + shift, width) - firstSlot);
                totals[slot]++;
                if (values.advanceExact(doc)) {
                    rows.computeIfAbsent(values.nextValue(), value -> new long[buckets])[slot]++;
                }
            }

            @Override
            public void collectRange(int min, int max) throws IOException {
                for (int doc = min; doc < max; doc++) {
                    collect(doc);
                }
            }
        });
        return rows.values().stream().sorted((a, b) -> Long.compare(sum(b), sum(a))).limit(size).toList();
    }

    /**
     * The most frequent values of a keyword or address field, counted by ordinal per segment and
     * kept as bytes (an address's bytes are not text).
     */
    static List<Map.Entry<BytesRef, Long>> topValues(IndexSearcher searcher, Query query, String field, int size)
            throws IOException {
        Map<BytesRef, Long> counts = new HashMap<>();
        searcher.search(query, new Hits() {
            private SortedSetDocValues values;
            private long[] perOrdinal;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSortedSet(context.reader(), field);
                perOrdinal = new long[(int) values.getValueCount()];
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    perOrdinal[(int) values.nextOrd()]++;
                }
            }

            @Override
            public void collectRange(int min, int max) throws IOException {
                for (int doc = min; doc < max; doc++) {
                    collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        counts.merge(BytesRef.deepCopyOf(values.lookupOrd(ord)), perOrdinal[ord], Long::sum);
                    }
                }
            }
        });
        return counts.entrySet().stream().sorted(Map.Entry.<BytesRef, Long>comparingByValue().reversed()).limit(size)
                .toList();
    }

    /** Distinct values of a keyword or address field, exactly: ordinals marked per segment, then their bytes. */
    static int distinct(IndexSearcher searcher, Query query, String field) throws IOException {
        Set<BytesRef> seen = new HashSet<>();
        searcher.search(query, new Hits() {
            private SortedSetDocValues values;
            private FixedBitSet ordinals;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSortedSet(context.reader(), field);
                ordinals = new FixedBitSet((int) Math.max(1, values.getValueCount()));
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    ordinals.set((int) values.nextOrd());
                }
            }

            @Override
            public void collectRange(int min, int max) throws IOException {
                for (int doc = min; doc < max; doc++) {
                    collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                for (int ord = 0; ord < values.getValueCount(); ord++) {
                    if (ordinals.get(ord)) {
                        seen.add(BytesRef.deepCopyOf(values.lookupOrd(ord)));
                    }
                }
            }
        });
        return seen.size();
    }

    /** Hits per hour of the week at a fixed offset (Vietnam has no daylight saving). */
    static long[] heatMap(IndexSearcher searcher, Query query, ZoneOffset offset) throws IOException {
        long shift = offset.getTotalSeconds() * 1000L;
        long[] cells = new long[7 * 24];
        searcher.search(query, new Hits() {
            private NumericDocValues times;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                times = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), Event.TIMESTAMP));
            }

            @Override
            public void collect(int doc) throws IOException {
                if (times.advanceExact(doc)) {
                    long local = times.longValue() + shift;
                    // Day 0 of the epoch was a Thursday, three days after a Monday.
                    int day = (int) Math.floorMod(Math.floorDiv(local, DAY) + 3, 7);
                    cells[day * 24 + (int) (Math.floorMod(local, DAY) / HOUR)]++;
                }
            }

            @Override
            public void collectRange(int min, int max) throws IOException {
                for (int doc = min; doc < max; doc++) {
                    collect(doc);
                }
            }
        });
        return cells;
    }

    /** Top values of one field and, within each, of a second: per segment, counts of ordinal pairs. */
    static Map<BytesRef, Map<BytesRef, Long>> table(IndexSearcher searcher, Query query, String field, int size,
            String then, int thenSize) throws IOException {
        Map<BytesRef, Map<BytesRef, Long>> pairs = new HashMap<>();
        searcher.search(query, new Hits() {
            private SortedSetDocValues first;
            private SortedSetDocValues second;
            private Map<Long, long[]> segmentPairs = new HashMap<>();

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                first = DocValues.getSortedSet(context.reader(), field);
                second = DocValues.getSortedSet(context.reader(), then);
                segmentPairs = new HashMap<>();
            }

            @Override
            public void collect(int doc) throws IOException {
                if (first.advanceExact(doc) && second.advanceExact(doc)) {
                    segmentPairs.computeIfAbsent(first.nextOrd() << 32 | second.nextOrd(), pair -> new long[1])[0]++;
                }
            }

            @Override
            public void collectRange(int min, int max) throws IOException {
                for (int doc = min; doc < max; doc++) {
                    collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                for (Map.Entry<Long, long[]> pair : segmentPairs.entrySet()) {
                    pairs.computeIfAbsent(BytesRef.deepCopyOf(first.lookupOrd(pair.getKey() >>> 32)),
                            key -> new HashMap<>()).merge(BytesRef.deepCopyOf(second.lookupOrd(pair.getKey() & 0xFFFFFFFFL)),
                                    pair.getValue()[0], Long::sum);
                }
            }
        });
        Map<BytesRef, Map<BytesRef, Long>> top = new HashMap<>();
        pairs.entrySet().stream()
                .sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue()))).limit(size)
                .forEach(value -> top.put(value.getKey(), topOf(value.getValue(), thenSize)));
        return top;
    }

    private static Map<BytesRef, Long> topOf(Map<BytesRef, Long> counts, int size) {
        Map<BytesRef, Long> top = new HashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<BytesRef, Long>comparingByValue().reversed()).limit(size)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private static long total(Map<BytesRef, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sum(long[] row) {
        long sum = 0;
        for (long count : row) {
            sum += count;
        }
        return sum;
    }

    /**
     * A collector of every hit without scores. Each collector above loops over a run of hits in a
     * {@code collectRange} of its own, as the embedded store's do, so that the JIT inlines its
     * {@code collect}: the reference is as fast as the code a person would tune.
     */
    private abstract static class Hits extends SimpleCollector {

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
