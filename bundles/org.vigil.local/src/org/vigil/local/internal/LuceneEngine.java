package org.vigil.local.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.Histogram;
import org.vigil.events.ImportTarget;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;
import org.vigil.events.SourceException.Kind;
import org.vigil.events.TopTerms;
import org.vigil.query.QueryNode;

/**
 * The embedded engine behind {@link org.vigil.local.LuceneSource}: the store, the translation of
 * queries, and the conversion of every failure into a {@link SourceException} that names the
 * source. Cancellation is checked before and after each call; a single Lucene search over the
 * embedded store is short enough not to need interrupting.
 */
public final class LuceneEngine implements AutoCloseable {

    private final String sourceId;
    private final LuceneEventStore store;
    private final Analyzer analyzer = LuceneEventStore.analyzer();
    private final PatternQueries patterns = new PatternQueries();
    private volatile Translation lastTranslation;

    private LuceneEngine(String sourceId, LuceneEventStore store) {
        this.sourceId = sourceId;
        this.store = store;
    }

    /**
     * @param sourceId the source's id, named in errors
     * @param directory where the index lives
     * @return the engine
     * @throws SourceException if the directory cannot hold an index
     */
    public static LuceneEngine open(String sourceId, Path directory) throws SourceException {
        try {
            return new LuceneEngine(sourceId, LuceneEventStore.open(sourceId, directory));
        } catch (IOException e) {
            throw new SourceException(Kind.UNAVAILABLE, sourceId,
                    NLS.bind(Messages.Store_cannotOpen, directory, e.getMessage()), e);
        }
    }

    /**
     * @param sourceId the source's id, named in errors
     * @return an engine over an empty in-memory index
     * @throws SourceException never in practice
     */
    public static LuceneEngine inMemory(String sourceId) throws SourceException {
        try {
            return new LuceneEngine(sourceId, LuceneEventStore.inMemory(sourceId));
        } catch (IOException e) {
            throw new SourceException(Kind.UNAVAILABLE, sourceId, e.getMessage(), e);
        }
    }

    /**
     * @param events events to add or replace
     * @param cancellation lets the caller stop; what was written before stays
     * @return how many were written
     * @throws SourceException if cancelled or the index cannot be written
     */
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        try (ImportTarget.Session session = session()) {
            return session.add(events, cancellation);
        }
    }

    /**
     * @return a session writing into this engine, which commits from time to time and when it
     *         is closed rather than per batch (see {@link IndexingSession})
     */
    public ImportTarget.Session session() {
        return new IndexingSession(store, sourceId);
    }

    /**
     * The store's own event-to-document mapping with a fresh field catalog, so that a benchmark's
     * bare-Lucene baseline indexes exactly the documents the store would.
     *
     * @return a mapper from events to Lucene documents
     */
    public static Function<Event, Document> documentMapper() {
        return new EventDocuments(new FieldCatalog())::toDocument;
    }

    /**
     * @param field a text field
     * @return the Lucene field holding its whole values as sorted-set doc values (values of at
     *         most 256 characters), for a benchmark's hand-written aggregations
     */
    public static String wholeTextField(String field) {
        return EventDocuments.WHOLE_TEXT + field;
    }

    /** @return every field and its type */
    public Map<String, FieldType> fields() {
        return store.catalog().all();
    }

    /**
     * @param query the parsed query and range
     * @param now what {@code now} means in date math
     * @return the Lucene query
     * @throws SourceException of kind BAD_QUERY when a value does not fit its field
     */
    public Query translate(EventQuery query, Instant now) throws SourceException {
        Translation last = lastTranslation;
        int fields = store.catalog().size();
        if (last != null && last.fields() == fields && last.query().equals(query)) {
            return last.lucene();
        }
        try {
            LuceneQueryTranslator translator = new LuceneQueryTranslator(store.catalog(), analyzer, now, patterns);
            Query lucene = translator.translate(query.query(), query.range());
            if (!translator.readsClock()) {
                lastTranslation = new Translation(query, fields, lucene);
            }
            return lucene;
        } catch (LuceneQueryTranslator.BadQueryException e) {
            throw new SourceException(Kind.BAD_QUERY, sourceId, e.getMessage(), e);
        }
    }

    /**
     * The last query translated, with the number of fields known then: a search asks for the page,
     * the count, the histogram and the top values of one query in a row. A translation depends on
     * the fields (which are only ever added) and, with date math, on the clock; one that read the
     * clock is not kept.
     */
    private record Translation(EventQuery query, int fields, Query lucene) {
    }

    public SearchPage search(Query query, SearchRequest request, Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        FieldType type = store.catalog().typeOf(request.sortField()).orElse(FieldType.KEYWORD);
        Sort sort = SortOrders.sort(request.sortField(), type, request.ascending());
        try {
            LuceneEventStore.Hits hits = store.search(query, sort, request.size(),
                    request.after() == null ? null : SortOrders.after(request.after()));
            cancellation.check(sourceId);
            boolean more = hits.events().size() == request.size() && hits.last() != null;
            return new SearchPage(hits.events(), store.count(query), more ? SortOrders.cursor(hits.last()) : null);
        } catch (IllegalArgumentException e) {
            throw new SourceException(Kind.BAD_QUERY, sourceId, NLS.bind(Messages.Store_badCursor, e.getMessage()), e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    public long count(Query query, Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        try {
            return store.count(query);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    public Histogram histogram(Query query, TimeRange range, Duration interval, ZoneOffset offset,
            Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        try {
            return store.histogram(query, range, interval, offset);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    public TopTerms topTerms(Query query, String field, int size, Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        try {
            return store.topTerms(query, field, size);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /**
     * Translates the request's filters and query, checks its fields, then computes every
     * aggregation in one pass over the hits.
     *
     * @param request the query, zone and aggregations
     * @param now what {@code now} means in date math
     * @param cancellation checked before the pass and between segments
     * @return the results
     * @throws SourceException of kind BAD_QUERY naming a field that cannot be aggregated as asked
     */
    public AggregationResults aggregate(AggregationRequest request, Instant now, Cancellation cancellation)
            throws SourceException {
        Map<QueryNode, Query> filters = new HashMap<>();
        for (Aggregation aggregation : request.aggregations()) {
            if (aggregation instanceof Aggregation.Filters named) {
                for (Aggregation.NamedFilter filter : named.filters()) {
                    filters.put(filter.query(), translate(new EventQuery(filter.query(), request.query().range()), now));
                }
            }
        }
        // Last, so that the translation kept for the next call is the query's, not a filter's.
        Query query = translate(request.query(), now);
        AggregationPass pass = new AggregationPass(request, field -> store.catalog().typeOf(field).orElse(null),
                filters);
        try {
            pass.check();
            cancellation.check(sourceId);
            return store.aggregate(pass, query, cancellation);
        } catch (AggregationPass.BadFieldException e) {
            throw new SourceException(Kind.BAD_QUERY, sourceId, e.getMessage(), e);
        } catch (AggregationPass.CancelledException e) {
            throw new SourceException(Kind.CANCELLED, sourceId, "cancelled", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private SourceException unavailable(IOException e) {
        return unavailable(sourceId, e);
    }

    /**
     * @param sourceId the store's source
     * @param e why the index could not be read or written
     * @return the failure as the operator reads it
     */
    static SourceException unavailable(String sourceId, IOException e) {
        return new SourceException(Kind.UNAVAILABLE, sourceId, NLS.bind(Messages.Store_ioFailure, e.getMessage()), e);
    }

    @Override
    public void close() throws IOException {
        try (analyzer) {
            store.close();
        }
    }
}
