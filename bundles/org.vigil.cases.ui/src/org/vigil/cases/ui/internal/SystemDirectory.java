package org.vigil.cases.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigil.cases.AffectedSystems;
import org.vigil.cases.AffectedSystems.Choice;
import org.vigil.cases.Case;
import org.vigil.cases.SystemRef;
import org.vigil.registry.Agency;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;

/**
 * The registry's systems as cases refer to them, read once per list or editor: what the
 * picker offers and the current name and level of a registered reference. Empty when Vigil
 * runs without a registry; cases then name systems as free text only.
 */
final class SystemDirectory {

    private static final SystemDirectory EMPTY = new SystemDirectory(List.of());

    private final List<Choice> choices;
    private final Map<String, SystemRef> byId;

    private SystemDirectory(List<Choice> choices) {
        this.choices = choices;
        this.byId = choices.stream().map(Choice::system)
                .collect(Collectors.toUnmodifiableMap(SystemRef::registryId, Function.identity()));
    }

    /**
     * Reads the registry: call off the UI thread.
     *
     * @param registry the registry, or {@code null} when there is none
     */
    static SystemDirectory load(SystemRegistry registry) throws RegistryException {
        if (registry == null) {
            return EMPTY;
        }
        Map<String, String> agencies = registry.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
        List<InformationSystem> systems = registry.systems(SystemFilter.ALL);
        return new SystemDirectory(systems.stream().map(s -> new Choice(new SystemRef(s.id(), s.name(),
                validLevel(s.level())), agencies.getOrDefault(s.agencyId(), s.agencyId()))).toList());
    }

    static SystemDirectory empty() {
        return EMPTY;
    }

    List<Choice> choices() {
        return choices;
    }

    /** @return the systems with the registry's current name and level */
    List<SystemRef> current(List<SystemRef> systems) {
        return AffectedSystems.refreshed(systems, byId);
    }

    /** @return the highest level of the case's systems as the registry has them now, or "" */
    String highestLevel(Case c) {
        return AffectedSystems.highestLevel(current(c.systems())).map(String::valueOf).orElse(""); //$NON-NLS-1$
    }

    private static Integer validLevel(int level) {
        return level >= 1 && level <= 5 ? level : null;
    }
}
