package org.vigil.dashboards.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;
import org.vigil.events.TopTerms;

/**
 * A source with fixed answers, for the runner's own logic (failures, series, comparisons): the
 * engines' figures are tested against real stores in their bundles and by the command line's
 * report test. A query that mentions {@code broken} fails as a bad query would; the period
 * starting at {@link #CURRENT} has 120 hits, any other 100.
 */
final class StubSource implements EventSource, SourceRegistry {

    static final Instant CURRENT = Instant.parse("2026-06-08T00:00:00Z");

    private volatile String lastQuery = "";

    @Override
    public SourceDescriptor descriptor() {
        return new SourceDescriptor("stub", "Stub", "stub", "memory");
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) {
        return List.of();
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) {
        throw new UnsupportedOperationException("dashboards never fetch hits");
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        check(query, cancellation);
        return query.range().from().equals(CURRENT) ? 120 : 100;
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        check(query, cancellation);
        Instant from = query.range().from();
        return new Histogram(Duration.ofDays(1), List.of(new Histogram.Bucket(from, 1),
                new Histogram.Bucket(from.plus(Duration.ofDays(1)), query.toString().contains("b") ? 3 : 2)));
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        check(query, cancellation);
        return new TopTerms(field, 8, 8, List.of(new TopTerms.Term("a", 5), new TopTerms.Term("b", 3)));
    }

    @Override
    public List<RegisteredSource> sources() {
        return List.of(new RegisteredSource(this, "org.vigil.dashboards.tests", 0));
    }

    @Override
    public Optional<RegisteredSource> find(String id) {
        return sources().stream().filter(s -> s.descriptor().id().equals(id)).findFirst();
    }

    @Override
    public void addListener(SourceListener listener) {
    }

    @Override
    public void removeListener(SourceListener listener) {
    }

    /** @return the query of the last call, as text */
    String lastQuery() {
        return lastQuery;
    }

    private void check(EventQuery query, Cancellation cancellation) throws SourceException {
        lastQuery = query.query().toString();
        cancellation.check("stub");
        if (query.query().toString().contains("broken")) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, "stub", "no field broken", null);
        }
    }
}
