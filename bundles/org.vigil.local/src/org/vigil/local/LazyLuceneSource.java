package org.vigil.local;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.ImportTarget;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;

/**
 * A source service whose Lucene index is opened on the first call rather than when the service
 * starts: services start on whatever thread first asks for them, possibly the UI thread, and
 * opening an index is disk work. Subclasses say how to create the index. Events are imported
 * into it as into any {@link ImportTarget}.
 */
public abstract class LazyLuceneSource implements EventSource, ImportTarget {

    private LuceneSource source;

    /**
     * @return the opened source; called once, on the thread of the first call
     * @throws SourceException if the index cannot be opened
     */
    protected abstract LuceneSource create() throws SourceException;

    /**
     * @return the source, opened now if this is the first call
     * @throws SourceException if the index cannot be opened
     */
    protected final synchronized LuceneSource source() throws SourceException {
        if (source == null) {
            source = create();
        }
        return source;
    }

    /** Closes the index if it was opened; for the component's deactivation. */
    protected final synchronized void closeSource() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                // The service is going away; an unclosed index is recovered by Lucene on next open.
            }
            source = null;
        }
    }

    @Override
    public abstract SourceDescriptor descriptor();

    @Override
    public String id() {
        return descriptor().id();
    }

    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        return source().add(events, cancellation);
    }

    @Override
    public Session session() throws SourceException {
        return source().session();
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        return source().fields(cancellation);
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return source().search(request, cancellation);
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return source().count(query, cancellation);
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        return source().histogram(query, targetBuckets, offset, cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return source().topTerms(query, field, size, cancellation);
    }

    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        return source().aggregate(request, cancellation);
    }
}
