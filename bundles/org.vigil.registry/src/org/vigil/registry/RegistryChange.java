package org.vigil.registry;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * @param agencies agencies written
     * @param systems systems written
     * @return the change that names them
     */
    public static RegistryChange of(Collection<Agency> agencies, Collection<InformationSystem> systems) {
        return new RegistryChange(systems.stream().map(InformationSystem::id).collect(Collectors.toSet()),
                agencies.stream().map(Agency::id).collect(Collectors.toSet()));
    }
}
