package org.vigil.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval {@code [from, to)} in UTC. Every search is bounded by one, as in Kibana:
 * the operator picks it in local time, engines receive instants.
 *
 * @param from the first instant included
 * @param to the first instant excluded; after {@code from}
 */
public record TimeRange(Instant from, Instant to) {

    /** Rejects an empty or inverted range, which would silently match nothing. */
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A time range must end after it starts: " + from + " .. " + to);
        }
    }

    /**
     * @param instant an instant
     * @return whether the range holds it
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
