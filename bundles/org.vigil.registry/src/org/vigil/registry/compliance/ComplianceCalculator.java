package org.vigil.registry.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.SystemFilter;

/** Evaluates systems against compliance rules on a given day. Pure computation, no I/O. */
public final class ComplianceCalculator {

    private final ComplianceRules rules;

    /** @param rules the targets and checklists */
    public ComplianceCalculator(ComplianceRules rules) {
        this.rules = rules;
    }

    /**
     * @param agencies every agency
     * @param systems every system
     * @param day the day to evaluate on
     * @return the report
     */
    public ComplianceReport evaluate(Collection<Agency> agencies, Collection<InformationSystem> systems,
            LocalDate day) {
        List<SystemCompliance> results = SystemFilter.ALL.apply(systems, AgencyTree.of(agencies)).stream()
                .map(system -> evaluate(system, day)).toList();
        Figures province = results.stream().map(SystemCompliance::figures).reduce(Figures.NONE, Figures::plus);
        return new ComplianceReport(day, rules, results, byAgency(AgencyTree.of(agencies), results),
                byTarget(results), province);
    }

    /**
     * @param system a system
     * @param day the day to evaluate on
     * @return where the system stands; a system with an invalid level has no target and no checklist
     */
    public SystemCompliance evaluate(InformationSystem system, LocalDate day) {
        List<TargetResult> results = new ArrayList<>();
        for (Target target : rules.targets()) {
            if (target.appliesTo(system.level())) {
                results.add(new TargetResult(target, target.status(isMet(target, system, day), day)));
            }
        }
        List<Requirement> missing = rules.checklist(system.level()).stream()
                .filter(requirement -> !system.requirementsMet().contains(requirement.code())).toList();
        return new SystemCompliance(system, results, missing);
    }

    private boolean isMet(Target target, InformationSystem system, LocalDate day) {
        return switch (target.measure()) {
            case DOSSIER_APPROVED -> system.dossier().status() == DossierStatus.APPROVED;
            case PLAN_DEPLOYED -> system.plan().status() == PlanStatus.DEPLOYED;
            case LAYER_COVERED -> target.parameter() >= 1 && target.parameter() <= Layer.values().length
                    && system.layer(Layer.of(target.parameter())).covered();
            case ALL_LAYERS -> system.layers().values().stream().allMatch(layer -> layer.covered());
            case ASSESSED_WITHIN_DAYS -> system.lastAssessment() != null && !system.lastAssessment().isAfter(day)
                    && ChronoUnit.DAYS.between(system.lastAssessment(), day) <= target.parameter();
            case REQUIREMENTS_MET -> rules.checklist(system.level()).stream()
                    .allMatch(requirement -> system.requirementsMet().contains(requirement.code()));
        };
    }

    private static Map<String, Figures> byAgency(AgencyTree tree, List<SystemCompliance> results) {
        Map<String, Figures> own = new LinkedHashMap<>();
        results.forEach(r -> own.merge(r.system().agencyId(), r.figures(), Figures::plus));
        Map<String, Figures> rolledUp = new LinkedHashMap<>();
        for (Agency agency : tree.depthFirst()) {
            Set<String> below = tree.subtree(agency.id());
            rolledUp.put(agency.id(), below.stream().map(id -> own.getOrDefault(id, Figures.NONE))
                    .reduce(Figures.NONE, Figures::plus));
        }
        return rolledUp;
    }

    private Map<String, Figures> byTarget(List<SystemCompliance> results) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Target target : rules.targets()) {
            int met = 0;
            int total = 0;
            for (SystemCompliance result : results) {
                for (TargetResult item : result.targets()) {
                    if (item.target().id().equals(target.id())) {
                        total++;
                        met += item.status() == ItemStatus.MET ? 1 : 0;
                    }
                }
            }
            figures.put(target.id(), new Figures(met, total));
        }
        return figures;
    }
}
