package org.vigil.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigil.registry.internal.Names;

/**
 * The agencies as a tree: children sorted by name, depth-first order for display, the set of
 * agencies below one for roll-ups and filters. An agency whose parent is unknown, or that sits
 * on a cycle, is treated as a root so that it is never lost from view.
 */
public final class AgencyTree {

    private static final Comparator<Agency> BY_NAME = Comparator.comparing((Agency a) -> Names.fold(a.name()))
            .thenComparing(Agency::id);

    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, List<Agency>> children = new LinkedHashMap<>();
    private final List<Agency> roots = new ArrayList<>();

    private AgencyTree(Collection<Agency> all) {
        all.stream().sorted(BY_NAME).forEach(agency -> agencies.put(agency.id(), agency));
        for (Agency agency : agencies.values()) {
            if (isRoot(agency)) {
                roots.add(agency);
            } else {
                children.computeIfAbsent(agency.parentId(), id -> new ArrayList<>()).add(agency);
            }
        }
    }

    /** @param agencies every agency @return their tree */
    public static AgencyTree of(Collection<Agency> agencies) {
        return new AgencyTree(agencies);
    }

    /** @param id an agency id @return the agency, if known */
    public Optional<Agency> find(String id) {
        return Optional.ofNullable(agencies.get(id));
    }

    /** @return the agencies without a known parent, sorted by name */
    public List<Agency> roots() {
        return List.copyOf(roots);
    }

    /** @param id an agency id @return the agencies right below it, sorted by name */
    public List<Agency> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** @return every agency, each followed by the agencies below it (depth first) */
    public List<Agency> depthFirst() {
        List<Agency> order = new ArrayList<>();
        roots.forEach(root -> collect(root, order));
        return order;
    }

    /** @param id an agency id @return it and every agency below it, or empty for an unknown id */
    public Set<String> subtree(String id) {
        Set<String> ids = new LinkedHashSet<>();
        find(id).ifPresent(agency -> collect(agency, new ArrayList<>()).forEach(a -> ids.add(a.id())));
        return ids;
    }

    /** @param id an agency id @return how many agencies are above it; 0 for a root */
    public int depth(String id) {
        int depth = 0;
        for (Agency agency = agencies.get(id); agency != null && !isRoot(agency); agency = agencies
                .get(agency.parentId())) {
            depth++;
        }
        return depth;
    }

    /**
     * @param agency an agency, known or about to be saved
     * @return whether following parents from it comes back to it
     */
    public boolean wouldCycle(Agency agency) {
        Set<String> seen = new LinkedHashSet<>(Set.of(agency.id()));
        for (String parent = agency.parentId(); parent != null; parent = parentOf(parent)) {
            if (!seen.add(parent)) {
                return true;
            }
        }
        return false;
    }

    private String parentOf(String id) {
        Agency agency = agencies.get(id);
        return agency == null ? null : agency.parentId();
    }

    private boolean isRoot(Agency agency) {
        return agency.parentId() == null || !agencies.containsKey(agency.parentId()) || wouldCycle(agency);
    }

    private List<Agency> collect(Agency agency, List<Agency> order) {
        order.add(agency);
        children.getOrDefault(agency.id(), List.of()).forEach(child -> collect(child, order));
        return order;
    }
}
