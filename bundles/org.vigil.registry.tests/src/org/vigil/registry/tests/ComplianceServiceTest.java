package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Figures;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.internal.ComplianceComponent;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.Samples;

/** The compliance service records the day's figures after every change and reads the registry's own rules. */
class ComplianceServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();
    private final ComplianceComponent service = new ComplianceComponent(registry,
            Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void everyChangeRecordsTheFiguresOfTheDay() throws Exception {
        registry.saveAll(Samples.agencies(), List.of(Samples.system("a", "syt")));
        registry.save(Samples.system("b", "stc"));

        List<ComplianceSnapshot> history = service.history();
        assertEquals(1, history.size(), "one snapshot a day, the latest figures");
        assertEquals(DAY, history.get(0).day());
        assertEquals(new Figures(0, 10), history.get(0).province());
        assertEquals(new Figures(0, 5), history.get(0).agencies().get("syt"));
        service.record(DAY.plusDays(1));
        assertEquals(2, service.history().size());
    }

    @Test
    void theRegistrysOwnRulesReplaceTheShippedOnes() throws Exception {
        registry.saveAll(Samples.agencies(), List.of(Samples.system("a", "syt")));
        assertEquals(5, service.evaluate(DAY).targets().size());
        registry.setRulesDocument("target.only.measure = plan_deployed\ntarget.only.label = Plan\n");
        assertEquals(new Figures(0, 1), service.evaluate(DAY).province());
        registry.setRulesDocument("target.only.measure = nonsense\n");
        assertThrows(RulesException.class, () -> service.evaluate(DAY));
    }
}
