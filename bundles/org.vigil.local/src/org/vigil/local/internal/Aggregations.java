package org.vigil.local.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Histogram;
import org.vigil.events.TopTerms;

/**
 * Histograms and top terms computed from doc values in one pass over the hits, never from
 * stored events: the cost grows with the hits, not with what is displayed.
 */
final class Aggregations {

    private Aggregations() {
    }

    static Histogram histogram(IndexSearcher searcher, Query query, TimeRange range, Duration interval,
            ZoneOffset offset) throws IOException {
        HistogramGrid grid = new HistogramGrid(range, interval, offset);
        long[] counts = new long[grid.buckets()];
        searcher.search(query, new NumericCollector(Event.TIMESTAMP, (doc, millis) -> {
            int slot = grid.slot(millis);
            if (slot >= 0) {
                counts[slot]++;
            }
        }));
        List<Instant> starts = grid.starts();
        List<Histogram.Bucket> result = new java.util.ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            result.add(new Histogram.Bucket(starts.get(i), counts[i]));
        }
        return new Histogram(interval, result);
    }

    static TopTerms topTerms(IndexSearcher searcher, Query query, String field, FieldType type, int size)
            throws IOException {
        Map<String, Long> counts = new HashMap<>();
        long[] hitsAndWithField = new long[2];
        ValueSink sink = (value, hits) -> counts.merge(value, hits, Long::sum);
        SimpleCollector collector = switch (type) {
            case LONG, DATE, DOUBLE -> new NumericCollector(field, (doc, raw) -> sink.add(formatNumber(type, raw), 1),
                    hitsAndWithField);
            default -> new OrdinalCollector(field, type, sink, hitsAndWithField);
        };
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        boolean indexedTerms = type == FieldType.KEYWORD || type == FieldType.BOOLEAN;
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            if (!indexedTerms || !countFromTerms(weight, segment, field, sink, hitsAndWithField)) {
                collect(weight, segment, collector);
            }
        }
        List<TopTerms.Term> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(entry -> new TopTerms.Term(entry.getKey(), entry.getValue())).toList();
        return new TopTerms(field, hitsAndWithField[0], hitsAndWithField[1], top);
    }

    /**
     * Counts a segment's values from its terms dictionary when the query matches every document
     * of it (a time range around all of it, say): each term's document frequency is then its
     * count among the hits, found without visiting a document, as Elasticsearch does too. Deleted
     * documents still count in the frequencies, so a segment with deletions is not counted so.
     *
     * @return whether the segment was counted
     */
    private static boolean countFromTerms(Weight weight, LeafReaderContext segment, String field, ValueSink sink,
            long[] hitsAndWithField) throws IOException {
        LeafReader reader = segment.reader();
        if (reader.hasDeletions() || weight.count(segment) != reader.maxDoc()) {
            return false;
        }
        hitsAndWithField[0] += reader.maxDoc();
        Terms terms = reader.terms(field);
        if (terms != null) {
            hitsAndWithField[1] += terms.getDocCount();
            TermsEnum values = terms.iterator();
            for (BytesRef value = values.next(); value != null; value = values.next()) {
                sink.add(value.utf8ToString(), values.docFreq());
            }
        }
        return true;
    }

    /** Runs the collector over one segment, as {@link IndexSearcher#search(Query, org.apache.lucene.search.Collector)} would. */
    private static void collect(Weight weight, LeafReaderContext segment, SimpleCollector collector) throws IOException {
        LeafCollector leaf = collector.getLeafCollector(segment);
        BulkScorer scorer = weight.bulkScorer(segment);
        if (scorer != null) {
            scorer.score(leaf, segment.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        }
        leaf.finish();
    }

    /** @return a numeric doc value as the store shows it: numbers as numbers, dates as ISO instants */
    static String formatNumber(FieldType type, long raw) {
        return switch (type) {
            case DOUBLE -> Double.toString(NumericUtils.sortableLongToDouble(raw));
            case DATE -> Instant.ofEpochMilli(raw).toString();
            default -> Long.toString(raw);
        };
    }

    /** @return a keyword, boolean or IP doc value as the store shows it: addresses in their usual notation */
    static String formatBytes(FieldType type, BytesRef bytes) {
        if (type != FieldType.IP) {
            return bytes.utf8ToString();
        }
        InetAddress address = InetAddressPoint.decode(BytesRef.deepCopyOf(bytes).bytes);
        return address.getHostAddress();
    }

    /** Receives a value and how many hits have it. */
    @FunctionalInterface
    private interface ValueSink {
        void add(String value, long hits);
    }

    /** Receives a numeric value of one hit. */
    @FunctionalInterface
    private interface NumericSink {
        void accept(int doc, long value);
    }

    /** Visits the distinct numeric doc values of each hit. */
    private static final class NumericCollector extends SimpleCollector {
        private final String field;
        private final NumericSink sink;
        private final long[] hitsAndWithField;
        private SortedNumericDocValues values;
        private NumericDocValues single;

        NumericCollector(String field, NumericSink sink) {
            this(field, sink, new long[2]);
        }

        NumericCollector(String field, NumericSink sink, long[] hitsAndWithField) {
            this.field = field;
            this.sink = sink;
            this.hitsAndWithField = hitsAndWithField;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSortedNumeric(context.reader(), field);
            single = DocValues.unwrapSingleton(values);
        }

        @Override
        public void collect(int doc) throws IOException {
            hitsAndWithField[0]++;
            if (single != null) {
                // A segment where no hit has two values (always so for @timestamp) needs no repeat check.
                if (single.advanceExact(doc)) {
                    hitsAndWithField[1]++;
                    sink.accept(doc, single.longValue());
                }
            } else if (values.advanceExact(doc)) {
                hitsAndWithField[1]++;
                long previous = 0;
                for (int i = 0; i < values.docValueCount(); i++) {
                    long value = values.nextValue();
                    // Values come sorted: skipping repeats counts each value once per hit.
                    if (i == 0 || value != previous) {
                        sink.accept(doc, value);
                    }
                    previous = value;
                }
            }
        }

        /** Lucene's default loops through an interface call per document; this loop is this class's own. */
        @Override
        public void collectRange(int min, int max) throws IOException {
            for (int doc = min; doc < max; doc++) {
                collect(doc);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * Counts the keyword or IP doc values of the hits per segment ordinal, and turns ordinals
     * into text once per segment rather than once per hit.
     */
    private static final class OrdinalCollector extends SimpleCollector {
        private final String field;
        private final FieldType type;
        private final ValueSink sink;
        private final long[] hitsAndWithField;
        private SortedSetDocValues values;
        private SortedDocValues single;
        private long[] ordinalCounts = new long[0];

        OrdinalCollector(String field, FieldType type, ValueSink sink, long[] hitsAndWithField) {
            this.field = field;
            this.type = type;
            this.sink = sink;
            this.hitsAndWithField = hitsAndWithField;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSortedSet(context.reader(), field);
            single = DocValues.unwrapSingleton(values);
            ordinalCounts = new long[Math.toIntExact(values.getValueCount())];
        }

        @Override
        public void collect(int doc) throws IOException {
            hitsAndWithField[0]++;
            if (single != null) {
                // Most fields hold one value per event: the segment then has one ordinal per document.
                if (single.advanceExact(doc)) {
                    hitsAndWithField[1]++;
                    ordinalCounts[single.ordValue()]++;
                }
            } else if (values.advanceExact(doc)) {
                hitsAndWithField[1]++;
                for (int i = 0; i < values.docValueCount(); i++) {
                    ordinalCounts[(int) values.nextOrd()]++;
                }
            }
        }

        @Override
        public void finish() throws IOException {
            for (int ordinal = 0; ordinal < ordinalCounts.length; ordinal++) {
                if (ordinalCounts[ordinal] > 0) {
                    sink.add(text(values.lookupOrd(ordinal)), ordinalCounts[ordinal]);
                }
            }
        }

        private String text(BytesRef bytes) {
            return formatBytes(type, bytes);
        }

        /** Lucene's default loops through an interface call per document; this loop is this class's own. */
        @Override
        public void collectRange(int min, int max) throws IOException {
            for (int doc = min; doc < max; doc++) {
                collect(doc);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
