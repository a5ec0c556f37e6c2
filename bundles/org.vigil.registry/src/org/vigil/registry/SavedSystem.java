package org.vigil.registry;

import java.util.List;

/**
 * A system as the store holds it after a save, with the warnings the save let through (an
 * address that another system claims too, for instance).
 *
 * @param system the stored system, with its new version
 * @param warnings problems that did not stop the save
 */
public record SavedSystem(InformationSystem system, List<Problem> warnings) {

    /** Copies the warnings. */
    public SavedSystem {
        warnings = List.copyOf(warnings);
    }
}
