package org.vigil.registry.compliance;

import java.util.List;

import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;

/**
 * Where one system stands: every target that applies to its level, and the requirements of its
 * level's checklist not met yet.
 *
 * @param system the system
 * @param targets the targets that apply to it, in the order of the rules
 * @param missingRequirements the checklist items of its level it does not list as met
 */
public record SystemCompliance(InformationSystem system, List<TargetResult> targets,
        List<Requirement> missingRequirements) {

    /** Copies the lists. */
    public SystemCompliance {
        targets = List.copyOf(targets);
        missingRequirements = List.copyOf(missingRequirements);
    }

    /** @return targets met out of targets that apply */
    public Figures figures() {
        return new Figures((int) targets.stream().filter(t -> t.status() == ItemStatus.MET).count(), targets.size());
    }

    /** @return the targets not met after their deadline */
    public List<Target> overdue() {
        return with(ItemStatus.OVERDUE);
    }

    /** @return the targets not met whose deadline has not passed (or that have none) */
    public List<Target> open() {
        return with(ItemStatus.OPEN);
    }

    private List<Target> with(ItemStatus status) {
        return targets.stream().filter(t -> t.status() == status).map(TargetResult::target).toList();
    }
}
