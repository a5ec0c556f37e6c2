package org.vigil.core.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

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
     * The range an operator picks on a wall clock. A local time that the zone skips (a
     * daylight-saving gap) is moved forward by the gap, and one it repeats takes the earlier
     * offset, as {@link java.time.ZonedDateTime#of} resolves them.
     *
     * @param from the first local time included
     * @param to the first local time excluded
     * @param zone the zone the times are read in
     * @return the range in UTC, or empty when {@code to} is not after {@code from}
     */
    public static Optional<TimeRange> ofLocal(LocalDateTime from, LocalDateTime to, ZoneId zone) {
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        return end.isAfter(start) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
    }

    /**
     * @param instant an instant
     * @return whether the range holds it
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
