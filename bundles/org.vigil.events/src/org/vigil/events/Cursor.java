package org.vigil.events;

import java.util.Objects;

/**
 * Where the next page starts. Opaque to callers: each source writes what it needs to continue
 * (a point in time and sort values for Elasticsearch, sort values for the embedded store), so an
 * operator can page far past the first ten thousand hits.
 *
 * @param token the source's own continuation data
 */
public record Cursor(String token) {

    /** Rejects an empty cursor: the end of the hits is a missing cursor, not an empty one. */
    public Cursor {
        Objects.requireNonNull(token, "token");
    }
}
