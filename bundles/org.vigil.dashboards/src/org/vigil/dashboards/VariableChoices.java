package org.vigil.dashboards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the dashboard variables can take now: what a variable picker offers.
 *
 * @param agencies the registry's agencies, id to name, in the order of the agency tree (parents
 *            before the agencies below them); empty without a registry
 * @param levels the security levels, 1 to 5
 * @param sources the ids of the event sources, the default one first
 */
public record VariableChoices(Map<String, String> agencies, List<Integer> levels, List<String> sources) {

    /** The levels of Decree 85/2016. */
    public static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

    /** Keeps immutable copies, the agencies in their order. */
    public VariableChoices {
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        levels = List.copyOf(levels);
        sources = List.copyOf(sources);
    }
}
