package org.vigil.registry.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Figures;

/**
 * The compliance of a province on one day: per system, per agency (the agency and those below
 * it), per target and province-wide. A figure counts, over systems, the targets met out of the
 * targets that apply to each system's level.
 *
 * @param day the day evaluated; deadlines before it are past
 * @param rules the rules evaluated against
 * @param systems every system, in the registry's order
 * @param agencies per agency id, in depth-first order of the tree
 * @param targets per target id, systems meeting it out of systems it applies to
 * @param province over every system
 */
public record ComplianceReport(LocalDate day, ComplianceRules rules, List<SystemCompliance> systems,
        Map<String, Figures> agencies, Map<String, Figures> targets, Figures province) {

    /** Copies the collections, keeping their order. */
    public ComplianceReport {
        systems = List.copyOf(systems);
        agencies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agencies));
        targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
    }

    /** @param id a system id @return where that system stands, if it was evaluated */
    public Optional<SystemCompliance> system(String id) {
        return systems.stream().filter(s -> s.system().id().equals(id)).findFirst();
    }

    /** @return the systems with at least one overdue target */
    public List<SystemCompliance> overdue() {
        return systems.stream().filter(s -> !s.overdue().isEmpty()).toList();
    }

    /**
     * @param target a target of the rules
     * @return whether the share of systems meeting it reaches the share it asks for
     */
    public boolean reached(Target target) {
        return targets.getOrDefault(target.id(), Figures.NONE).percent() >= target.share();
    }

    /** @return the figures to keep in the history */
    public ComplianceSnapshot snapshot() {
        return new ComplianceSnapshot(day, province, agencies, targets);
    }
}
