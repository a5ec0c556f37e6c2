package org.vigil.dashboards.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.events.Cancellation;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.RegistryException;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.Target;

/**
 * The registry panels, over the systems the variables select. Compliance is evaluated on the
 * period's last day, so that a report of a past half-year shows the deadlines as they stood then
 * against the registry as it is now; its history comes from the figures the registry recorded.
 */
final class RegistryPanels implements PanelEvaluator {

    @Override
    public FigureTable evaluate(Panel panel, Scope scope, TimeRange range, Cancellation cancellation)
            throws PanelException {
        Map<String, InformationSystem> systems = scope.systems();
        LocalDate day = lastDay(range, scope);
        try {
            return switch (panel.kind()) {
                case SYSTEMS_BY_LEVEL -> byLevel(systems);
                case COMPLIANCE_BY_AGENCY -> byAgency(systems, scope.compliance().evaluate(day), scope);
                case COMPLIANCE_OVER_TIME -> overTime(scope.compliance().history(), range, scope);
                case COMPLIANCE_OVERDUE -> overdue(systems, scope.compliance().evaluate(day), scope);
                default -> throw new IllegalArgumentException(panel.kind() + " is not a registry panel"); //$NON-NLS-1$
            };
        } catch (RegistryException | RulesException e) {
            throw PanelException.error(e.getMessage());
        }
    }

    private static LocalDate lastDay(TimeRange range, Scope scope) {
        LocalDate end = range.to().minusMillis(1).atZone(scope.settings().zone()).toLocalDate();
        LocalDate today = scope.settings().now().atZone(scope.settings().zone()).toLocalDate();
        return end.isAfter(today) ? today : end;
    }

    private static FigureTable byLevel(Map<String, InformationSystem> systems) {
        long[] counts = new long[6];
        systems.values().stream().filter(s -> s.level() >= 1 && s.level() <= 5).forEach(s -> counts[s.level()]++);
        List<List<Object>> rows = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            rows.add(List.of((long) level, counts[level]));
        }
        return new FigureTable(List.of("level", "systems"), rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static FigureTable byAgency(Map<String, InformationSystem> systems, ComplianceReport report, Scope scope)
            throws PanelException {
        Map<String, List<InformationSystem>> byAgency = systems.values().stream()
                .collect(Collectors.groupingBy(InformationSystem::agencyId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> names = scope.agencyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (String agency : names.keySet()) {
            List<InformationSystem> own = byAgency.get(agency);
            if (own == null) {
                continue;
            }
            Figures figures = own.stream().map(s -> report.system(s.id()).map(SystemCompliance::figures)
                    .orElse(Figures.NONE)).reduce(Figures.NONE, Figures::plus);
            rows.add(List.of(agency, names.get(agency), (long) own.size(),
                    own.stream().filter(s -> s.dossier().status() == DossierStatus.APPROVED).count(),
                    own.stream().filter(s -> s.plan().status() == PlanStatus.DEPLOYED).count(),
                    own.stream().filter(s -> report.system(s.id()).map(c -> !c.overdue().isEmpty()).orElse(false))
                            .count(),
                    figures.percent()));
        }
        return new FigureTable(List.of("agency", "name", "systems", "dossiers-approved", "plans-deployed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "systems-overdue", "compliance-percent"), rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static FigureTable overTime(List<ComplianceSnapshot> history, TimeRange range, Scope scope)
            throws PanelException {
        if (scope.variables().level() != null) {
            throw PanelException.notAvailable(Messages.Run_historyByLevel);
        }
        String agency = scope.variables().agency();
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceSnapshot snapshot : history) {
            Figures figures = agency == null ? snapshot.province() : snapshot.agencies().get(agency);
            if (figures != null && range.contains(snapshot.day().atStartOfDay(scope.settings().zone()).toInstant())) {
                rows.add(List.of(snapshot.day(), (long) figures.met(), (long) figures.total(), figures.percent()));
            }
        }
        return new FigureTable(List.of("day", "met", "total", "percent"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static FigureTable overdue(Map<String, InformationSystem> systems, ComplianceReport report, Scope scope)
            throws PanelException {
        Map<String, String> names = scope.agencyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (SystemCompliance compliance : report.overdue()) {
            InformationSystem system = compliance.system();
            if (!systems.containsKey(system.id())) {
                continue;
            }
            List<Target> late = compliance.overdue();
            rows.add(Arrays.asList(system.id(), system.name(), names.getOrDefault(system.agencyId(), system.agencyId()),
                    (long) system.level(), late.stream().map(t -> t.label().in(scope.settings().language()))
                            .collect(Collectors.joining("; ")), //$NON-NLS-1$
                    late.stream().map(Target::deadline).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null)));
        }
        return new FigureTable(List.of("system", "name", "agency", "level", "overdue", "since"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
