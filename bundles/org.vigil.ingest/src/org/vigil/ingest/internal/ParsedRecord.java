package org.vigil.ingest.internal;

import java.time.Instant;
import java.util.Map;

/**
 * What a parser makes of a record; the format adds the id.
 *
 * @param timestamp the event's time
 * @param fields its flattened fields, without {@code @timestamp}, made for this record alone: the
 *            event keeps them
 */
record ParsedRecord(Instant timestamp, Map<String, Object> fields) {
}
