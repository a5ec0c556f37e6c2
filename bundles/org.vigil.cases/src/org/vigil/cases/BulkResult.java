package org.vigil.cases;

import java.util.List;
import java.util.Map;

/**
 * What a bulk change did: each case is saved on its own, so one refused case does not stop
 * the others.
 *
 * @param changed the cases saved, as saved
 * @param refused per case number, why it was not changed (the operator's message)
 */
public record BulkResult(List<Case> changed, Map<String, String> refused) {

    /** Copies both. */
    public BulkResult {
        changed = List.copyOf(changed);
        refused = Map.copyOf(refused);
    }
}
