package org.vigil.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vigil.core.model.Event;
import org.vigil.local.internal.LuceneEngine;
import org.vigil.core.model.TimeRange;

/** The reference: Lucene used directly, with the embedded store's mapping, sort and analyzer. */
final class BareLucene {

    /** Newest first, ties by id: the embedded store's order for {@code @timestamp} descending. */
    static final Sort NEWEST_FIRST = newestFirst();

    private BareLucene() {
    }

    /**
     * Indexes already-parsed events into the embedded store's own documents (replace by id, 64 MB
     * buffer, one commit at the end): only the store's parsing and bookkeeping are left out.
     *
     * @param events the events
     * @param directory an empty directory
     * @return the elapsed nanoseconds
     * @throws IOException if the index cannot be written
     */
    static long index(List<Event> events, Path directory) throws IOException {
        Function<Event, Document> documents = LuceneEngine.documentMapper();
        long start = System.nanoTime();
        try (Directory dir = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(dir,
                new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET)).setRAMBufferSizeMB(64))) {
            for (Event event : events) {
                Document document = documents.apply(event);
                writer.updateDocument(new Term("_id", event.id()), document); //$NON-NLS-1$
            }
            writer.commit();
        }
        return System.nanoTime() - start;
    }

    /**
     * A first page as a hand-written search: top hits in the sort, their stored fields, and the
     * exact total (the embedded source returns both).
     */
    static int firstPage(IndexSearcher searcher, Query query, int size) throws IOException {
        TopFieldDocs top = searcher.search(query, size, NEWEST_FIRST);
        StoredFields stored = searcher.storedFields();
        int fields = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            fields += stored.document(hit.doc).getFields().size();
        }
        return fields + searcher.count(query);
    }

    /** A date histogram over doc values into fixed buckets. */
    static long[] histogram(IndexSearcher searcher, Query query, TimeRange range, Duration interval)
            throws IOException {
        long from = range.from().toEpochMilli();
        long width = interval.toMillis();
        long[] buckets = new long[(int) ((range.to().toEpochMilli() - from) / width + 2)];
        searcher.search(query, new SimpleCollector() {
            private SortedNumericDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSortedNumeric(context.reader(), Event.TIMESTAMP);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    buckets[(int) Math.floorDiv(values.nextValue() - from, width) + 1]++;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return buckets;
    }

    /** The most frequent values of a keyword field, counted by ordinal per segment. */
    static List<Map.Entry<String, Long>> topTerms(IndexSearcher searcher, Query query, String field, int size)
            throws IOException {
        Map<String, Long> counts = new HashMap<>();
        searcher.search(query, new SimpleCollector() {
            private SortedSetDocValues values;
            private long[] perOrdinal = new long[0];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                values = DocValues.getSortedSet(context.reader(), field);
                perOrdinal = new long[(int) values.getValueCount()];
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        perOrdinal[(int) values.nextOrd()]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                flush();
            }

            private void flush() throws IOException {
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                    }
                }
                perOrdinal = new long[0];
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(size)
                .toList();
    }

    /** @return a reader over an index directory, for the hand-written queries */
    static DirectoryReader open(Path directory) throws IOException {
        return DirectoryReader.open(FSDirectory.open(directory));
    }

    private static Sort newestFirst() {
        SortField time = new SortedNumericSortField(Event.TIMESTAMP, SortField.Type.LONG, true);
        time.setMissingValue(Long.MIN_VALUE);
        return new Sort(time, new SortField("_id", SortField.Type.STRING, true)); //$NON-NLS-1$
    }
}
