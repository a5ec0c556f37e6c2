package org.vigil.local.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.Histogram;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;

/**
 * The embedded event store: one Lucene index in a directory of the workspace. Writes replace an
 * event with the same id, so importing a file twice stores its events once. Searches see what
 * was written up to the last {@link #refresh()}.
 */
final class LuceneEventStore implements AutoCloseable {

    private static final String CATALOG_KEY = "vigil.fields";
    private static final int CANCEL_CHECK_EVERY = 1024;

    private final String sourceId;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FieldCatalog catalog = new FieldCatalog();
    private final EventDocuments documents = new EventDocuments(catalog);

    private LuceneEventStore(String sourceId, Directory directory) throws IOException {
        this.sourceId = sourceId;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
        Map<String, String> saved = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        catalog.restore(saved.getOrDefault(CATALOG_KEY, ""));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * @param sourceId the id of the source this store backs, for error messages
     * @param directory where the index lives; created if missing
     * @return the open store
     * @throws IOException if the directory cannot be used
     */
    static LuceneEventStore open(String sourceId, Path directory) throws IOException {
        return new LuceneEventStore(sourceId, FSDirectory.open(directory));
    }

    /**
     * @param sourceId the id of the source this store backs, for error messages
     * @return an empty store held in memory, for sources that bring their own small data set
     * @throws IOException never in practice: memory directories do no I/O
     */
    static LuceneEventStore inMemory(String sourceId) throws IOException {
        return new LuceneEventStore(sourceId, new ByteBuffersDirectory());
    }

    /** @return the analyzer for text fields: words, lower-cased, no stop words (as Elasticsearch's standard) */
    static StandardAnalyzer analyzer() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    FieldCatalog catalog() {
        return catalog;
    }

    /**
     * Adds events, replacing any stored event with the same id.
     *
     * @param events the events
     * @param cancellation checked every thousand events; what was added before stays
     * @return how many events were written
     * @throws SourceException if cancelled or the index cannot be written
     */
    long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        return add(events, cancellation, (field, storedAs, value) -> {
            // Nobody asks which values went to their shadow fields.
        });
    }

    /**
     * Adds events, replacing any stored event with the same id; a value that does not fit its
     * field's type goes to the field's shadow ({@link FieldConflicts}).
     *
     * @param events the events
     * @param cancellation checked every thousand events; what was added before stays
     * @param shadowed told of every value moved to a shadow field
     * @return how many events were written
     * @throws SourceException if cancelled or the index cannot be written
     */
    long add(Iterator<Event> events, Cancellation cancellation, FieldConflicts.Shadowed shadowed)
            throws SourceException {
        long written = 0;
        try {
            while (events.hasNext()) {
                if (written % CANCEL_CHECK_EVERY == 0) {
                    cancellation.check(sourceId);
                }
                Event event = FieldConflicts.apply(events.next(), catalog::resolve, shadowed);
                writer.updateDocument(new Term(EventDocuments.ID, event.id()), documents.toDocument(event));
                written++;
            }
            return written;
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, sourceId,
                    "cannot write to the embedded store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes what was added durable and visible to searches.
     *
     * @throws IOException if the index cannot be written
     */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(CATALOG_KEY, catalog.serialise()).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Makes what was added visible to searches without the cost of a commit.
     *
     * @throws IOException if the index cannot be read
     */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    long count(Query query) throws IOException {
        return read(searcher -> Long.valueOf(searcher.count(query)));
    }

    Histogram histogram(Query query, TimeRange range, Duration interval, ZoneOffset offset) throws IOException {
        return read(searcher -> Aggregations.histogram(searcher, query, range, interval, offset));
    }

    /**
     * @param query the translated query
     * @param field a field the store has seen
     * @param size how many values at most
     * @return the field's most frequent values among the hits; none for a field the store does not know;
     *         text by its whole values
     * @throws IOException if the index cannot be read
     */
    TopTerms topTerms(Query query, String field, int size) throws IOException {
        FieldType type = catalog.typeOf(field).orElse(null);
        if (type == null) {
            return new TopTerms(field, count(query), 0, List.of());
        }
        if (type == FieldType.TEXT) {
            // Counted by whole value, as Elasticsearch counts a text's keyword sub-field.
            TopTerms whole = read(searcher -> Aggregations.topTerms(searcher, query, EventDocuments.WHOLE_TEXT + field,
                    type, size));
            return new TopTerms(field, whole.hits(), whole.withField(), whole.terms());
        }
        return read(searcher -> Aggregations.topTerms(searcher, query, field, type, size));
    }

    /**
     * @param pass the aggregations, checked
     * @param query the translated query
     * @param cancellation checked between segments
     * @return the aggregations over the hits, from one point-in-time view
     * @throws IOException if the index cannot be read
     */
    AggregationResults aggregate(AggregationPass pass, Query query, Cancellation cancellation) throws IOException {
        return read(searcher -> pass.run(searcher, query, cancellation));
    }

    private <T> T read(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work done with one point-in-time view of the index. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * @param query the translated query
     * @param sort the order of the hits
     * @param size how many hits
     * @param after the last hit of the previous page, or {@code null} for the first page
     * @return the page's events and the last hit, for the next page
     * @throws IOException if the index cannot be read
     */
    Hits search(Query query, Sort sort, int size, ScoreDoc after) throws IOException {
        return read(searcher -> {
            TopFieldDocs top = after == null ? searcher.search(query, size, sort)
                    : (TopFieldDocs) searcher.searchAfter(lastDocument(after, searcher), query, size, sort);
            StoredFields stored = searcher.storedFields();
            List<Event> events = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                events.add(documents.toEvent(stored, hit.doc));
            }
            ScoreDoc last = top.scoreDocs.length == 0 ? null : top.scoreDocs[top.scoreDocs.length - 1];
            return new Hits(events, last, top.totalHits.value());
        });
    }

    /**
     * Moves a cursor's hit to the last document number: the sort ends on the unique event id, so
     * the only hit with equal sort values is the cursor's own event, and Lucene puts hits with
     * equal values after the cursor only when their document number is higher.
     */
    private static FieldDoc lastDocument(ScoreDoc after, IndexSearcher searcher) {
        return new FieldDoc(Math.max(0, searcher.getIndexReader().maxDoc() - 1), Float.NaN, ((FieldDoc) after).fields);
    }

    /**
     * A page of hits.
     *
     * @param events the events, in sort order
     * @param last the last hit, to continue after
     * @param total how many hits the query has (at least, when not exact)
     */
    record Hits(List<Event> events, ScoreDoc last, long total) {
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // Closing in reverse order of opening: searchers, then the writer, then the directory.
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }
}
