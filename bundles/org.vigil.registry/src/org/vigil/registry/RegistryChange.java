package org.vigil.registry;

import java.util.Set;

/**
 * What a committed write changed, so that views refresh only what they show.
 *
 * @param systemIds the systems saved or deleted
 * @param agencyIds the agencies saved or deleted
 */
public record RegistryChange(Set<String> systemIds, Set<String> agencyIds) {

    /** Copies the sets. */
    public RegistryChange {
        systemIds = Set.copyOf(systemIds);
        agencyIds = Set.copyOf(agencyIds);
    }
}
