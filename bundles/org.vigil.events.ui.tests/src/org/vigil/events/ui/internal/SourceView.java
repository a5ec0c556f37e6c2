package org.vigil.events.ui.internal;

import java.time.ZoneOffset;
import java.util.List;

import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.SourceProfile;
import org.vigil.events.TopTerms;

/**
 * Another source's events seen under another name and profile, and only read (as an
 * Elasticsearch source or a Wazuh indexer is), for tests that need such a source.
 *
 * @param events the source that answers
 * @param descriptor the name shown
 * @param profile what the view asks to be shown first
 */
record SourceView(EventSource events, SourceDescriptor descriptor, SourceProfile profile) implements EventSource {

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        return events.fields(cancellation);
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return events.search(request, cancellation);
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        return events.count(query, cancellation);
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        return events.histogram(query, targetBuckets, offset, cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return events.topTerms(query, field, size, cancellation);
    }
}
