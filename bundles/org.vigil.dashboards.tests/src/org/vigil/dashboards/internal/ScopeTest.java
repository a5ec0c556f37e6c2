package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelFigures.Outcome;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.VariableChoices;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.RegistryException;
import org.vigil.registry.compliance.ComplianceCalculator;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.Samples;

/** The agency and level variables narrow events, registry panels and compliance alike. */
class ScopeTest {

    private static final Instant NOW = Instant.parse("2026-06-20T00:00:00Z");

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();
    private final StubSource source = new StubSource();
    private final PanelRunner runner = PanelRunner.over(source, null, registry, new Compliance());

    @BeforeEach
    void aProvinceOfThreeSystems() throws RegistryException {
        registry.saveAll(Samples.agencies(), List.of(Samples.everyField(), Samples.system("stc-a", "stc"),
                Samples.system("xa-a", "h1-x1")));
    }

    @Test
    void anAgencyIncludesTheAgenciesBelowIt() {
        PanelFigures figures = run(panel(PanelKind.SYSTEMS_BY_LEVEL), new Variables("h1", null, null));
        assertEquals(List.of(List.of(1L, 0L), List.of(2L, 1L), List.of(3L, 0L), List.of(4L, 0L), List.of(5L, 0L)),
                figures.current().rows());
    }

    @Test
    void aLevelNarrowsEventsToTheSystemsTaggedWithThatLevel() {
        PanelFigures figures = run(Panel.of("f", PanelKind.FIGURE, new Text("f", ""), new Grid(0, 0, 2, 2)),
                new Variables(null, 3, null));
        assertEquals(Outcome.OK, figures.outcome(), figures.message());
        assertTrue(source.lastQuery().contains("vigil.system.id") && source.lastQuery().contains("syt-portal")
                && !source.lastQuery().contains("stc-a"), source.lastQuery());
    }

    @Test
    void theVariablesClauseForInvestigateIsTheOneThePanelsRan() throws Exception {
        Dashboard dashboard = new Dashboard("d", new Text("d", ""), null, null, "", null, List.of());
        assertEquals("", runner.variablesKql(dashboard, settings(Variables.NONE)));
        String level3 = runner.variablesKql(dashboard, settings(new Variables(null, 3, null)));
        assertTrue(level3.startsWith("vigil.system.id:(") && level3.contains("\"syt-portal\"")
                && !level3.contains("stc-a"), level3);
        assertEquals("vigil.system.id:(\"\")", runner.variablesKql(dashboard, settings(new Variables(null, 5, null))));
        assertThrows(DashboardException.class, () -> runner.variablesKql(dashboard,
                settings(new Variables("nowhere", null, null))));
    }

    @Test
    void complianceByAgencyCountsApprovedDossiersAndDeployedPlans() {
        PanelFigures figures = run(panel(PanelKind.COMPLIANCE_BY_AGENCY), Variables.NONE);
        List<Object> health = figures.current().rows().stream().filter(row -> row.get(0).equals("syt")).findFirst()
                .orElseThrow();
        assertEquals(List.of("syt", "Sở Y tế", 1L, 1L, 1L), health.subList(0, 5), figures.current().toString());
    }

    @Test
    void anUnknownAgencyAndHistoryByLevelSayWhy() {
        PanelFigures unknown = run(panel(PanelKind.SYSTEMS_BY_LEVEL), new Variables("nowhere", null, null));
        assertEquals(Outcome.ERROR, unknown.outcome());
        assertTrue(unknown.message().contains("nowhere"), unknown.message());
        PanelFigures history = run(panel(PanelKind.COMPLIANCE_OVER_TIME), new Variables(null, 2, null));
        assertEquals(Outcome.NOT_AVAILABLE, history.outcome());
    }

    @Test
    void theChoicesAreTheRegistrysAgenciesParentsFirstTheLevelsAndTheSources() throws Exception {
        VariableChoices choices = runner.choices();
        List<String> ids = List.copyOf(choices.agencies().keySet());
        assertEquals(5, ids.size(), ids.toString());
        assertEquals("tinh", ids.get(0), "the province first");
        assertEquals(ids.indexOf("h1") + 1, ids.indexOf("h1-x1"), "a commune right after its district: " + ids);
        assertEquals("Sở Y tế", choices.agencies().get("syt"));
        assertEquals(List.of(1, 2, 3, 4, 5), choices.levels());
        assertEquals(List.of("stub"), choices.sources());
    }

    private PanelFigures run(Panel panel, Variables variables) {
        Dashboard dashboard = new Dashboard("d", new Text("d", ""), null, TimeSpan.LAST_30_DAYS, "", Variables.NONE,
                List.of(panel));
        return runner.evaluate(dashboard, panel, settings(variables), Cancellation.none());
    }

    private static RunSettings settings(Variables variables) {
        return new RunSettings(new TimeRange(NOW.minusSeconds(86_400 * 7), NOW), variables,
                ZoneId.of("Asia/Ho_Chi_Minh"), Locale.ENGLISH, NOW);
    }

    private static Panel panel(PanelKind kind) {
        return Panel.of(kind.word(), kind, new Text(kind.word(), ""), new Grid(0, 0, 6, 4));
    }

    /** Compliance of the test registry against the rules Vigil ships. */
    private final class Compliance implements ComplianceService {

        @Override
        public ComplianceRules rules() {
            return ComplianceRules.defaults();
        }

        @Override
        public ComplianceReport evaluate(LocalDate day) {
            return new ComplianceCalculator(rules()).evaluate(registry.agencies(),
                    registry.systems(org.vigil.registry.SystemFilter.ALL), day);
        }

        @Override
        public ComplianceReport record(LocalDate day) {
            return evaluate(day);
        }

        @Override
        public List<ComplianceSnapshot> history() {
            return registry.snapshots();
        }
    }
}
