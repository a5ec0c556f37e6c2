package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.Text;

/** What the template editors show: where a template comes from, and SLA times as typed. */
class TemplateOriginTest {

    @Test
    void aTemplateIsShippedUntilItsContentChangesAndNewUnderAnIdVigilDoesNotShip() {
        CaseTemplate scan = CaseTemplate.shipped().get(0);

        assertEquals(CaseTemplate.Origin.SHIPPED, scan.origin());
        assertEquals(CaseTemplate.Origin.SHIPPED, scan.asSaved().origin(), "saved back unchanged");
        CaseTemplate raised = new CaseTemplate(scan.id(), scan.name(), scan.description(), scan.category(),
                Severity.CRITICAL, scan.sla(), scan.tasks(), scan.tags(), false);
        assertEquals(CaseTemplate.Origin.CHANGED, raised.origin());
        CaseTemplate own = new CaseTemplate("ddos", Text.both("DDoS"), Text.both(""), scan.category(), Severity.HIGH,
                scan.sla(), List.of(), List.of(), false);
        assertEquals(CaseTemplate.Origin.NEW, own.origin());
    }

    @Test
    void slaTimesReadAsOperatorsWriteThemAndBackTheSame() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), Sla.parse("30m"));
        assertEquals(Optional.of(Duration.ofHours(4)), Sla.parse(" 4 H "));
        assertEquals(Optional.of(Duration.ofDays(3)), Sla.parse("3d"));
        assertEquals(Optional.of(Duration.ofHours(4)), Sla.parse("pt4h"));
        assertEquals(Optional.empty(), Sla.parse("0h"));
        assertEquals(Optional.empty(), Sla.parse("soon"));
        assertEquals(Optional.empty(), Sla.parse("-PT1H"));
        for (String text : List.of("30m", "90m", "4h", "36h", "3d")) {
            assertEquals(text, Sla.format(Sla.parse(text).orElseThrow()));
        }
    }
}
