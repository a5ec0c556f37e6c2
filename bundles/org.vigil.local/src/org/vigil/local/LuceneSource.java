package org.vigil.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.ImportTarget;
import org.vigil.events.Intervals;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.local.internal.LuceneEngine;

/**
 * An {@link EventSource} over the embedded Lucene engine. Thread-safe; close it when its
 * service goes away.
 */
public final class LuceneSource implements EventSource, ImportTarget, AutoCloseable {

    private final SourceDescriptor descriptor;
    private final LuceneEngine engine;
    private final Clock clock;

    private LuceneSource(SourceDescriptor descriptor, LuceneEngine engine, Clock clock) {
        this.descriptor = descriptor;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @param descriptor how the source presents itself
     * @param directory the index directory, created when missing
     * @param clock what {@code now} means in date math
     * @return the source
     * @throws SourceException if the directory cannot hold an index
     */
    public static LuceneSource open(SourceDescriptor descriptor, Path directory, Clock clock) throws SourceException {
        return new LuceneSource(descriptor, LuceneEngine.open(descriptor.id(), directory), clock);
    }

    /**
     * @param descriptor how the source presents itself
     * @param events the events it holds, loaded now
     * @param clock what {@code now} means in date math
     * @return the source
     * @throws SourceException if the events cannot be indexed
     */
    public static LuceneSource inMemory(SourceDescriptor descriptor, Iterator<Event> events, Clock clock)
            throws SourceException {
        LuceneSource source = new LuceneSource(descriptor, LuceneEngine.inMemory(descriptor.id()), clock);
        source.add(events, Cancellation.none());
        return source;
    }

    /**
     * Adds events and makes them durable and searchable; an event with the id of a stored one
     * replaces it.
     *
     * @param events the events
     * @param cancellation checked as the events are written; what was written stays
     * @return how many events were written
     * @throws SourceException if cancelled or the index cannot be written
     */
    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        return engine.add(events, cancellation);
    }

    /** Writes without a commit per batch; see {@link LuceneEngine#session()}. */
    @Override
    public Session session() {
        return engine.session();
    }

    @Override
    public String id() {
        return descriptor.id();
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        // Text too: its whole values are counted, as Elasticsearch counts a text's keyword sub-field.
        return engine.fields().entrySet().stream().map(field -> new FieldInfo(field.getKey(), field.getValue(), true))
                .toList();
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return engine.search(translate(request.query()), request, cancellation);
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return engine.count(translate(query), cancellation);
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        Duration interval = Intervals.auto(query.range(), targetBuckets);
        return engine.histogram(translate(query), query.range(), interval, offset, cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return engine.topTerms(translate(query), field, size, cancellation);
    }

    /** Every aggregation in one pass over the hits, from doc values (docs/AGGREGATIONS.md). */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        return engine.aggregate(request, clock.instant(), cancellation);
    }

    private Query translate(EventQuery query) throws SourceException {
        return engine.translate(query, clock.instant());
    }

    /**
     * @return how many events the source holds, whatever their time
     * @throws SourceException if the index cannot be read
     */
    public long size() throws SourceException {
        return engine.count(new MatchAllDocsQuery(), Cancellation.none());
    }

    /** @return the field types, for tests and the import summary */
    public Map<String, FieldType> fieldTypes() {
        return engine.fields();
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
