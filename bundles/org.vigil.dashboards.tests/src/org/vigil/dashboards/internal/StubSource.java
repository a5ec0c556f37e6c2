package org.vigil.dashboards.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.vigil.core.model.FieldType;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;

/**
 * A source with fixed answers, for the runner's own logic (failures, series, comparisons): the
 * engines' figures are tested against real stores in their bundles (CrossEngineAggregationTest),
 * on the embedded store by EmbeddedPanelsTest and by the command line's report test. A query that
 * mentions {@code broken} fails as a bad query would; the period starting at {@link #CURRENT} has
 * 120 hits, any other 100. {@code message} is free text, as on the embedded store.
 */
final class StubSource implements EventSource {

    static final Instant CURRENT = Instant.parse("2026-06-08T00:00:00Z");

    /** The heat map's only busy hour: Monday 09:00 local time, with 7 hits. */
    static final int BUSY_HOUR = 9;

    private volatile String lastQuery = "";
    private final AtomicInteger requests = new AtomicInteger();

    @Override
    public SourceDescriptor descriptor() {
        return new SourceDescriptor("stub", "Stub", "stub", "memory");
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) {
        return List.of(new FieldInfo("message", FieldType.TEXT, false), new FieldInfo("source.ip", FieldType.IP, true));
    }

    /**
     * Every panel asks this once: values a and b (5 and 3 hits, and within each again a and b),
     * two daily buckets, two distinct values, and stats of 1 to 4 summing to 10 (of no values for
     * the field {@code absent}).
     */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        check(request.query(), cancellation);
        requests.incrementAndGet();
        Instant from = request.query().range().from();
        List<AggregationResult> results = new ArrayList<>();
        for (Aggregation aggregation : request.aggregations()) {
            results.add(switch (aggregation) {
                case Aggregation.DateHistogram h -> new AggregationResult.TimeSeries(h.name(), Duration.ofDays(1),
                        List.of(from, from.plus(Duration.ofDays(1))), List.of(2L, 5L),
                        h.splitField() == null ? List.of()
                                : List.of(new AggregationResult.Series("a", 3, List.of(1L, 2L)),
                                        new AggregationResult.Series("b", 4, List.of(1L, 3L))),
                        List.of(0L, 0L));
                case Aggregation.Terms t -> new AggregationResult.TermsTable(t.name(), t.field(), 8, 8, 0,
                        List.of(bucket("a", 5, t), bucket("b", 3, t)), false);
                case Aggregation.Distinct d -> new AggregationResult.DistinctCount(d.name(), d.field(), 2, false);
                case Aggregation.Stats st -> st.field().equals("absent")
                        ? new AggregationResult.NumericStats(st.name(), st.field(), 0, 0, Double.NaN, Double.NaN)
                        : new AggregationResult.NumericStats(st.name(), st.field(), 4, 10, 1, 4);
                case Aggregation.HeatMap m -> {
                    List<Long> cells = new ArrayList<>(Collections.nCopies(AggregationResult.HeatMap.CELLS, 0L));
                    cells.set(AggregationResult.HeatMap.index(DayOfWeek.MONDAY, BUSY_HOUR), 7L);
                    yield new AggregationResult.HeatMap(m.name(), request.zone(), cells);
                }
                case Aggregation.Filters f -> throw new UnsupportedOperationException("dashboards use no filters");
            });
        }
        return AggregationResults.of(count(request.query(), cancellation), results);
    }

    private static AggregationResult.Bucket bucket(String value, long count, Aggregation.Terms terms) {
        return terms.thenField() == null ? AggregationResult.Bucket.of(value, count)
                : new AggregationResult.Bucket(value, count,
                        List.of(AggregationResult.Bucket.of("a", 5), AggregationResult.Bucket.of("b", 3)), 0);
    }

    /** @return how many aggregation requests it answered */
    int requests() {
        return requests.get();
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
