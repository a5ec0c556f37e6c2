package org.vigil.registry.ui.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.SystemCompliance;

/**
 * What the part shows, read in one job: the agencies, every system and the day's compliance.
 *
 * @param tree the agencies
 * @param systems every system
 * @param report the compliance of every system today
 */
record RegistryView(AgencyTree tree, List<InformationSystem> systems, ComplianceReport report) {

    /**
     * @param filter the operator's filters
     * @param overdueOnly whether to keep only systems with an overdue target
     * @return the systems to list
     */
    List<InformationSystem> select(SystemFilter filter, boolean overdueOnly) {
        List<InformationSystem> selected = filter.apply(systems, tree);
        if (!overdueOnly) {
            return selected;
        }
        Set<String> overdue = report.overdue().stream().map(s -> s.system().id()).collect(Collectors.toSet());
        return selected.stream().filter(s -> overdue.contains(s.id())).toList();
    }

    String agencyName(String id) {
        return tree.find(id).map(Agency::name).orElse(id);
    }

    SystemCompliance compliance(InformationSystem system) {
        return report.system(system.id()).orElse(null);
    }
}
