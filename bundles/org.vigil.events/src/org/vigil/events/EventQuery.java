package org.vigil.events;

import java.util.Objects;

import org.vigil.core.model.TimeRange;
import org.vigil.query.QueryNode;

/**
 * What the operator asks: a parsed query bounded by a time range.
 *
 * @param query the parsed KQL or Lucene-syntax query
 * @param range the time range on {@code @timestamp}
 */
public record EventQuery(QueryNode query, TimeRange range) {

    /** Rejects a request without a query or range. */
    public EventQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(range, "range");
    }
}
