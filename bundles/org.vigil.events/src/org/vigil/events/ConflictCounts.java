package org.vigil.events;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;

/**
 * Counts the values of an import session that went to shadow fields, per field and pair of types,
 * for {@link ImportTarget.Session#conflicts}. Only shadowed values cost anything: one map update
 * each. Safe to use from several threads. Added in package version 0.2.5.
 */
public final class ConflictCounts implements FieldConflicts.Shadowed {

    private record Key(String field, FieldType storedAs, FieldType shadowedAs) {
    }

    private final Map<Key, Long> counts = new LinkedHashMap<>();

    @Override
    public synchronized void shadowed(String field, FieldType storedAs, Object value) {
        counts.merge(new Key(field, storedAs, FieldConflicts.typeOfValue(value)), 1L, Long::sum);
    }

    /**
     * @param conflicts told of every field and pair of types counted, in the order first seen
     */
    public void tell(ImportTarget.Conflicts conflicts) {
        Map<Key, Long> copy;
        synchronized (this) {
            copy = new LinkedHashMap<>(counts);
        }
        copy.forEach((key, count) -> conflicts.conflict(key.field(), key.storedAs(), key.shadowedAs(), count));
    }
}
