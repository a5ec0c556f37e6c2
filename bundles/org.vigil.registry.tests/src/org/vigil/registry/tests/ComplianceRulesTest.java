package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.registry.compliance.Bilingual;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.Measure;
import org.vigil.registry.compliance.Requirement;
import org.vigil.registry.compliance.RequirementKind;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.compliance.Target;

/** The rules file: the shipped one reads, order is kept, and every wrong key is reported by name. */
class ComplianceRulesTest {

    @Test
    void theShippedRulesReadWithTheirTargetsAndTheDossierPartsPerLevel() {
        ComplianceRules rules = ComplianceRules.defaults();
        assertEquals(List.of("dossier", "plan", "layers", "assessment", "checklist"),
                rules.targets().stream().map(Target::id).toList());
        Target dossier = rules.targets().get(0);
        assertEquals(Measure.DOSSIER_APPROVED, dossier.measure());
        assertEquals(LocalDate.of(2026, 8, 31), dossier.deadline());
        assertEquals("Hồ sơ đề xuất cấp độ được phê duyệt", dossier.label().in(Locale.of("vi")));
        assertEquals("Level dossier approved", dossier.label().in(Locale.ENGLISH));
        assertEquals(9, rules.checklist(3).size());
        assertEquals(10, rules.checklist(4).size(), "the specialised unit's opinion from level 4");
        assertTrue(rules.checklist(4).stream().anyMatch(r -> r.code().equals("HS-5") && r.kind() == RequirementKind.DOSSIER));
        assertTrue(ComplianceRules.defaultText().contains("target.dossier.deadline"));
    }

    @Test
    void aProvincesOwnRulesKeepTheirOrderAndDefaults() throws RulesException {
        ComplianceRules rules = ComplianceRules.parse(String.join("\n", "target.z.measure = plan_deployed",
                "target.z.label = Z", "target.a.measure = Layer covered", "target.a.parameter = 4",
                "target.a.levels = 2 - 4", "target.a.label = A", "target.a.label.vi = Lớp 4",
                "requirement.T-2.kind = kỹ thuật", "requirement.T-2.text = Logs"), "mine");
        assertEquals(List.of("z", "a"), rules.targets().stream().map(Target::id).toList());
        Target a = rules.targets().get(1);
        assertEquals(new Target("a", Measure.LAYER_COVERED, 4, 2, 4, 100, null, new Bilingual("A", "Lớp 4")), a);
        assertEquals(new Target("z", Measure.PLAN_DEPLOYED, 0, 1, 5, 100, null, new Bilingual("Z", "")),
                rules.targets().get(0));
        Requirement logs = rules.requirements().get(0);
        assertEquals(RequirementKind.TECHNICAL, logs.kind());
        assertEquals("Logs", logs.text().in(Locale.of("vi")), "English stands in for a missing translation");
    }

    @Test
    void everyWrongKeyIsReportedWithTheSource() {
        RulesException wrong = assertThrows(RulesException.class, () -> ComplianceRules.parse(String.join("\n",
                "target.a.measure = everything", "target.a.label = A", "target.a.deadline = 31/08/2026",
                "target.b.measure = plan_deployed", "target.b.share = lots", "target.b.levels = 0-9",
                "targte.c.measure = plan_deployed", "requirement.R.kind = paperwork", "requirement.R.colour = red"),
                "rules.properties"));
        List<String> errors = wrong.errors();
        assertEquals(9, errors.size(), errors.toString());
        for (String key : new String[] { "target.a.measure", "target.a.deadline", "target.b.label", "target.b.share",
                "target.b.levels", "targte.c.measure", "requirement.R.kind", "requirement.R.colour",
                "requirement.R.text" }) {
            assertTrue(errors.stream().anyMatch(error -> error.contains(key)), key + " in " + errors);
        }
        assertTrue(wrong.getMessage().startsWith("rules.properties: "), wrong.getMessage());
    }
}
