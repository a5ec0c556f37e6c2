package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.compliance.ComplianceCalculator;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.ItemStatus;
import org.vigil.registry.compliance.Requirement;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.Target;
import org.vigil.registry.compliance.TargetResult;
import org.vigil.registry.testing.Samples;

/** Compliance on crafted data: statuses around deadlines, checklists per level, roll-ups per agency. */
class ComplianceCalculatorTest {

    private static final String RULES = String.join("\n", "target.dossier.measure = dossier_approved",
            "target.dossier.deadline = 2026-08-31", "target.dossier.label = Dossier approved",
            "target.plan.measure = plan_deployed", "target.plan.levels = 3-5", "target.plan.share = 80",
            "target.plan.deadline = 2026-12-31", "target.plan.label = Plan deployed",
            "target.monitoring.measure = layer_covered", "target.monitoring.parameter = 2",
            "target.monitoring.label = Layer 2", "target.assessed.measure = assessed_within_days",
            "target.assessed.parameter = 365", "target.assessed.deadline = 2026-06-30",
            "target.assessed.label = Assessed", "target.checklist.measure = requirements_met",
            "target.checklist.label = Checklist", "requirement.A.kind = management", "requirement.A.text = Policy",
            "requirement.B.kind = technical", "requirement.B.levels = 3-5", "requirement.B.text = Logging",
            "requirement.C.kind = dossier", "requirement.C.levels = 5", "requirement.C.text = Opinion");

    private static final LocalDate BEFORE = LocalDate.of(2026, 8, 31);
    private static final LocalDate AFTER = LocalDate.of(2026, 9, 1);

    private final ComplianceCalculator calculator = new ComplianceCalculator(rules());

    private static ComplianceRules rules() {
        try {
            return ComplianceRules.parse(RULES, "test");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Level 3, dossier approved, plan in progress, layer 2 covered, assessed 2025-09-01, requirement A met. */
    private static InformationSystem levelThree(String id, String agency) {
        return Samples.system(id, agency).toBuilder().level(3, "")
                .dossier(new Dossier(DossierStatus.APPROVED, "1/QĐ", LocalDate.of(2025, 1, 1)))
                .plan(new ProtectionPlan(PlanStatus.IN_PROGRESS, null))
                .layer(Layer.PROFESSIONAL_MONITORING, new LayerStatus(true, "SOC", null))
                .lastAssessment(LocalDate.of(2025, 9, 1)).requirementsMet(List.of("A")).build();
    }

    private static ItemStatus status(SystemCompliance compliance, String target) {
        return compliance.targets().stream().filter(t -> t.target().id().equals(target)).map(TargetResult::status)
                .findFirst().orElseThrow(() -> new AssertionError(target + " does not apply"));
    }

    @Test
    void aTargetNotMetIsOpenUntilItsDeadlineAndOverdueAfter() {
        InformationSystem draft = Samples.system("draft", "syt");
        assertEquals(ItemStatus.OPEN, status(calculator.evaluate(draft, BEFORE), "dossier"));
        assertEquals(ItemStatus.OVERDUE, status(calculator.evaluate(draft, AFTER), "dossier"));
        assertEquals(ItemStatus.OPEN, status(calculator.evaluate(draft, AFTER), "monitoring"), "no deadline, never overdue");
        assertEquals(List.of("dossier", "assessed"),
                calculator.evaluate(draft, AFTER).overdue().stream().map(Target::id).toList());
    }

    @Test
    void targetsApplyToTheirLevelsOnly() {
        SystemCompliance two = calculator.evaluate(Samples.system("two", "syt"), AFTER);
        SystemCompliance three = calculator.evaluate(levelThree("three", "syt"), AFTER);
        assertEquals(List.of("dossier", "monitoring", "assessed", "checklist"), ids(two));
        assertEquals(List.of("dossier", "plan", "monitoring", "assessed", "checklist"), ids(three));
        SystemCompliance invalid = calculator
                .evaluate(Samples.system("bad", "syt").toBuilder().level(9, "").build(), AFTER);
        assertEquals(List.of(), invalid.targets());
        assertEquals(Figures.NONE, invalid.figures());
    }

    @Test
    void eachMeasureIsCheckedOnTheSystem() {
        SystemCompliance three = calculator.evaluate(levelThree("three", "syt"), LocalDate.of(2026, 9, 1));
        assertEquals(ItemStatus.MET, status(three, "dossier"));
        assertEquals(ItemStatus.OPEN, status(three, "plan"));
        assertEquals(ItemStatus.MET, status(three, "monitoring"));
        assertEquals(ItemStatus.MET, status(three, "assessed"), "365 days old exactly");
        assertEquals(ItemStatus.OVERDUE, status(calculator.evaluate(levelThree("three", "syt"),
                LocalDate.of(2026, 9, 2)), "assessed"), "366 days old, after the deadline");
        assertEquals(ItemStatus.OPEN, status(three, "checklist"));
        assertEquals(List.of("B"), three.missingRequirements().stream().map(Requirement::code).toList());
        assertEquals(new Figures(3, 5), three.figures());
    }

    @Test
    void theChecklistGrowsWithTheLevel() {
        assertEquals(List.of("A"), codes(rules().checklist(1)));
        assertEquals(List.of("A", "B"), codes(rules().checklist(4)));
        assertEquals(List.of("A", "B", "C"), codes(rules().checklist(5)));
        InformationSystem complete = levelThree("x", "syt").toBuilder().requirementsMet(List.of("A", "B", "Z")).build();
        assertEquals(ItemStatus.MET, status(calculator.evaluate(complete, AFTER), "checklist"));
    }

    @Test
    void figuresRollUpFromSystemsToAgenciesAndTheProvince() {
        ComplianceReport report = calculator.evaluate(Samples.agencies(), List.of(
                levelThree("health", "syt"), Samples.system("district", "h1"), Samples.system("commune", "h1-x1")),
                AFTER);

        assertEquals(new Figures(3, 5), report.agencies().get("syt"));
        assertEquals(new Figures(0, 4), report.agencies().get("h1-x1"));
        assertEquals(new Figures(0, 8), report.agencies().get("h1"), "the district counts its communes");
        assertEquals(Figures.NONE, report.agencies().get("stc"));
        assertEquals(new Figures(3, 13), report.agencies().get("tinh"));
        assertEquals(new Figures(3, 13), report.province());
        assertEquals(23.08, report.province().percent(), 0.01);
        assertEquals(List.of("tinh", "stc", "syt", "h1", "h1-x1"), List.copyOf(report.agencies().keySet()));
    }

    @Test
    void perTargetFiguresSayWhetherTheShareIsReached() {
        ComplianceReport report = calculator.evaluate(Samples.agencies(), List.of(levelThree("a", "syt"),
                levelThree("b", "stc").toBuilder().plan(new ProtectionPlan(PlanStatus.DEPLOYED, AFTER)).build(),
                Samples.system("c", "h1")), AFTER);
        Target plan = report.rules().targets().get(1);
        assertEquals(new Figures(1, 2), report.targets().get("plan"));
        assertFalse(report.reached(plan), "50 % of level 3-5 plans deployed, 80 % asked");
        assertEquals(new Figures(2, 3), report.targets().get("dossier"));
        assertEquals(List.of("c"), report.overdue().stream().map(s -> s.system().id()).toList());
        assertEquals(report.province(), report.snapshot().province());
        assertEquals(report.targets(), report.snapshot().targets());
        assertTrue(report.system("a").isPresent());
    }

    private static List<String> ids(SystemCompliance compliance) {
        return compliance.targets().stream().map(t -> t.target().id()).toList();
    }

    private static List<String> codes(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::code).toList();
    }
}
