package org.vigil.registry.match;

import org.vigil.registry.InformationSystem;

/**
 * What an event is tagged with: enough of a system to show and filter on without going back to
 * the registry.
 *
 * @param id the system's id
 * @param name its name
 * @param level its security level
 * @param agencyId its owner agency
 */
public record SystemRef(String id, String name, int level, String agencyId) {

    /** @param system a system @return its reference */
    public static SystemRef of(InformationSystem system) {
        return new SystemRef(system.id(), system.name(), system.level(), system.agencyId());
    }
}
