package org.vigil.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.vigil.registry.internal.Names;

/**
 * Which systems to list: every condition given must hold; an empty set or a null value means
 * "any". Every store applies it with {@link #apply(Collection, AgencyTree)}, so that a filter
 * means the same on every store.
 *
 * @param agencyId only the systems of this agency and the agencies below it, or null
 * @param levels only these levels
 * @param types only these types
 * @param dossiers only these dossier statuses
 * @param plans only these plan statuses
 * @param text only systems whose id, name, operating unit or an asset contains it, ignoring case
 *            and diacritics; null or blank for any
 */
public record SystemFilter(String agencyId, Set<Integer> levels, Set<SystemType> types, Set<DossierStatus> dossiers,
        Set<PlanStatus> plans, String text) {

    /** Every system. */
    public static final SystemFilter ALL = new SystemFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), null);

    /** The order systems are listed in: by name (ignoring case and diacritics), then id. */
    public static final Comparator<InformationSystem> ORDER = Comparator
            .comparing((InformationSystem system) -> Names.fold(system.name())).thenComparing(InformationSystem::id);

    /** Copies the sets; a blank agency or text means any. */
    public SystemFilter {
        agencyId = agencyId == null || agencyId.isBlank() ? null : agencyId;
        levels = Set.copyOf(levels);
        types = Set.copyOf(types);
        dossiers = Set.copyOf(dossiers);
        plans = Set.copyOf(plans);
        text = text == null || text.isBlank() ? null : Names.fold(text);
    }

    /** @param id an agency id @return this filter narrowed to that agency and those below it */
    public SystemFilter withAgency(String id) {
        return new SystemFilter(id, levels, types, dossiers, plans, text);
    }

    /** @param values levels @return this filter narrowed to them */
    public SystemFilter withLevels(Set<Integer> values) {
        return new SystemFilter(agencyId, values, types, dossiers, plans, text);
    }

    /** @param values types @return this filter narrowed to them */
    public SystemFilter withTypes(Set<SystemType> values) {
        return new SystemFilter(agencyId, levels, values, dossiers, plans, text);
    }

    /** @param values dossier statuses @return this filter narrowed to them */
    public SystemFilter withDossiers(Set<DossierStatus> values) {
        return new SystemFilter(agencyId, levels, types, values, plans, text);
    }

    /** @param values plan statuses @return this filter narrowed to them */
    public SystemFilter withPlans(Set<PlanStatus> values) {
        return new SystemFilter(agencyId, levels, types, dossiers, values, text);
    }

    /** @param value text to look for @return this filter narrowed to systems containing it */
    public SystemFilter withText(String value) {
        return new SystemFilter(agencyId, levels, types, dossiers, plans, value);
    }

    /**
     * @param systems systems
     * @param agencies the agency tree, for the agency condition
     * @return the systems that pass, in {@link #ORDER}
     */
    public List<InformationSystem> apply(Collection<InformationSystem> systems, AgencyTree agencies) {
        Set<String> agencyIds = agencyId == null ? null : agencies.subtree(agencyId);
        return systems.stream().filter(system -> agencyIds == null || agencyIds.contains(system.agencyId()))
                .filter(this::matches).sorted(ORDER).toList();
    }

    private boolean matches(InformationSystem system) {
        return (levels.isEmpty() || levels.contains(system.level()))
                && (types.isEmpty() || types.contains(system.type()))
                && (dossiers.isEmpty() || dossiers.contains(system.dossier().status()))
                && (plans.isEmpty() || plans.contains(system.plan().status())) && (text == null || containsText(system));
    }

    private boolean containsText(InformationSystem system) {
        return Names.fold(system.id()).contains(text) || Names.fold(system.name()).contains(text)
                || Names.fold(system.operatingUnit()).contains(text)
                || system.assets().stream().anyMatch(asset -> Names.fold(asset.value()).contains(text));
    }
}
