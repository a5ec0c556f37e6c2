package org.vigil.events;

import java.util.Objects;

/**
 * One page of hits to fetch.
 *
 * @param query the query and time range
 * @param sortField the field to sort by (usually {@code @timestamp})
 * @param ascending whether the oldest or smallest comes first
 * @param size how many hits
 * @param after the cursor of the previous page, or {@code null} for the first page
 */
public record SearchRequest(EventQuery query, String sortField, boolean ascending, int size, Cursor after) {

    /** Rejects a request that cannot give a page. */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sortField, "sortField");
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one hit, not " + size);
        }
    }

    /**
     * @param query the query and time range
     * @param size how many hits
     * @return the first page, newest first, as Discover shows it
     */
    public static SearchRequest newestFirst(EventQuery query, int size) {
        return new SearchRequest(query, org.vigil.core.model.Event.TIMESTAMP, false, size, null);
    }

    /**
     * @param next the cursor a page returned
     * @return the same request for the page after
     */
    public SearchRequest after(Cursor next) {
        return new SearchRequest(query, sortField, ascending, size, next);
    }
}
