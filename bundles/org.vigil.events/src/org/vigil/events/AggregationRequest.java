package org.vigil.events;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.vigil.core.model.TimeRange;

/**
 * Several aggregations over the hits of one query, computed by a source in one pass over the
 * hits (embedded store) or one request (Elasticsearch): what a dashboard asks for its panels.
 * Added in package version 0.2.5.
 *
 * @param query the query and time range whose hits are aggregated
 * @param zone the operator's zone: day buckets start at its midnight, heat-map cells are its hours
 * @param aggregations what to compute, each under a name of its own
 */
public record AggregationRequest(EventQuery query, ZoneId zone, List<Aggregation> aggregations) {

    /** Rejects a request without query or zone, or with two aggregations of one name. */
    public AggregationRequest {
        Objects.requireNonNull(query, "query"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        aggregations = List.copyOf(aggregations);
        Set<String> names = new HashSet<>();
        for (Aggregation aggregation : aggregations) {
            if (!names.add(aggregation.name())) {
                throw new IllegalArgumentException("two aggregations are named " + aggregation.name()); //$NON-NLS-1$
            }
        }
    }

    /**
     * The same aggregations over the period of the same length just before this one, for the
     * change against the previous period that a single figure shows: run both requests.
     *
     * @return this request with its range moved back by its own length
     */
    public AggregationRequest previousPeriod() {
        TimeRange range = query.range();
        Duration length = Duration.between(range.from(), range.to());
        TimeRange before = new TimeRange(range.from().minus(length), range.from());
        return new AggregationRequest(new EventQuery(query.query(), before), zone, aggregations);
    }

    /**
     * The offset of the histogram grid: the zone's offset at the start of the range. A range that
     * crosses a daylight-saving change keeps this one offset, as {@link EventSource#histogram} does.
     *
     * @return the offset day buckets are aligned to
     */
    public ZoneOffset gridOffset() {
        return zone.getRules().getOffset(query.range().from());
    }
}
