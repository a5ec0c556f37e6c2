package org.vigil.events;

import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.events.internal.Messages;

/**
 * A searchable store of security events, published as an OSGi service by the bundle that
 * implements it. The workbench and the CLI never know the implementation: they find sources
 * through the {@link SourceRegistry}. A source published with a higher {@code service.ranking}
 * is preferred as the default.
 *
 * <p>Every call may block on I/O: never call it on the UI thread. Every call takes a
 * {@link Cancellation} and gives up promptly when it is cancelled. Failures are
 * {@link SourceException}s whose message names the source and what went wrong. The rules of
 * query translation are in docs/QUERY.md; every source follows them so that the same query
 * finds the same events everywhere.
 */
public interface EventSource {

    /**
     * @return how this source presents itself; must not change while the service is registered
     */
    SourceDescriptor descriptor();

    /**
     * @param cancellation lets the caller give up
     * @return every field the source knows, with its type, sorted by name
     * @throws SourceException if the source cannot answer
     */
    List<FieldInfo> fields(Cancellation cancellation) throws SourceException;

    /**
     * @param request the query, sort, page size and cursor
     * @param cancellation lets the caller give up
     * @return one page of hits and the cursor of the next
     * @throws SourceException if the query cannot run or the source cannot answer
     */
    SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException;

    /**
     * @param query the query and time range
     * @param cancellation lets the caller give up
     * @return the exact number of hits
     * @throws SourceException if the query cannot run or the source cannot answer
     */
    long count(EventQuery query, Cancellation cancellation) throws SourceException;

    /**
     * @param query the query and time range
     * @param targetBuckets about how many bars the chart has room for (see {@link Intervals#auto})
     * @param offset the operator's UTC offset, so that day buckets start at local midnight
     * @param cancellation lets the caller give up
     * @return the hits per bucket over the whole range, empty buckets included
     * @throws SourceException if the query cannot run or the source cannot answer
     */
    Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException;

    /**
     * @param query the query and time range
     * @param field the field to count values of
     * @param size how many values at most
     * @param cancellation lets the caller give up
     * @return the most frequent values among the hits
     * @throws SourceException if the query cannot run or the source cannot answer
     */
    TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation) throws SourceException;

    /**
     * Computes several aggregations over the hits of one query, in one pass or request where the
     * engine allows it (docs/AGGREGATIONS.md). Added in package version 0.2.5; a source written
     * before it cannot aggregate and says so.
     *
     * @param request the query, the operator's zone and the aggregations
     * @param cancellation lets the caller give up
     * @return the hits and one result per aggregation
     * @throws SourceException of kind {@link SourceException.Kind#BAD_QUERY} if the query cannot
     *             run or a field cannot be aggregated so (naming the field), or if the source cannot answer
     */
    default AggregationResults aggregate(AggregationRequest request, Cancellation cancellation)
            throws SourceException {
        String id = descriptor().id();
        throw new SourceException(SourceException.Kind.BAD_QUERY, id, NLS.bind(Messages.Source_cannotAggregate, id),
                null);
    }

    /**
     * What the operator should see first of this source's events: columns, top values, severity.
     * Must not block: a source that does not know it yet answers {@link SourceProfile#NONE}. Added
     * in package version 1.2.0.
     *
     * @return the source's profile; {@link SourceProfile#NONE} by default
     */
    default SourceProfile profile() {
        return SourceProfile.NONE;
    }
}
