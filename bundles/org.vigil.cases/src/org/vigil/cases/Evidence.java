package org.vigil.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * An event linked to a case, with a copy of the event as it was when it was found, so that the
 * case keeps its proof after the source rolls the event out.
 *
 * @param sourceId the id of the data source it came from
 * @param index the index (or store) that held it
 * @param eventId its id there
 * @param eventTime its {@code @timestamp}
 * @param snapshot the event as ECS JSON with flattened keys
 * @param addedAt when it was linked
 * @param addedBy who linked it
 */
public record Evidence(String sourceId, String index, String eventId, Instant eventTime, String snapshot,
        Instant addedAt, String addedBy) {

    /** Requires the event's address and its snapshot. */
    public Evidence {
        Objects.requireNonNull(sourceId, "sourceId"); //$NON-NLS-1$
        Objects.requireNonNull(index, "index"); //$NON-NLS-1$
        Objects.requireNonNull(eventId, "eventId"); //$NON-NLS-1$
        Objects.requireNonNull(snapshot, "snapshot"); //$NON-NLS-1$
    }

    /** @return the key that makes evidence unique in a case: source, index and event id */
    public String key() {
        return sourceId + "/" + index + "/" + eventId; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return how the link reads in an audit line */
    @Override
    public String toString() {
        return key();
    }
}
