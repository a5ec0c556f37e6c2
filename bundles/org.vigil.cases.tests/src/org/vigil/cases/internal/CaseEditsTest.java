package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseEdits;
import org.vigil.cases.CaseTask;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.Status;

/** Field-by-field changes, the re-application of a refused edit, and the overdue rule. */
class CaseEditsTest {

    private static final Instant DETECTED = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void changesListOneEntryPerValueIncludingListItems() throws InvalidCaseException {
        Case before = CaseDraft.create("Scan").build();
        CaseDraft draft = before.edit().severity(Severity.HIGH);
        draft.observables().add(Observables.of(ObservableType.IP, "198.51.100.7"));
        draft.tags().add("scan");

        assertEquals(List.of(new CaseEdits.Change("severity", "MEDIUM", "HIGH"),
                new CaseEdits.Change("tags", null, "scan"), new CaseEdits.Change("observables", null, "ip 198.51.100.7")),
                CaseEdits.changes(before, draft.build()));
    }

    @Test
    void aRefusedEditIsReappliedOntoTheirVersionKeepingBothSides() throws InvalidCaseException {
        CaseDraft start = CaseDraft.create("Scan");
        start.tasks().add(CaseTask.open("Block the source", true));
        Case base = start.build();
        CaseDraft theirs = base.edit().severity(Severity.CRITICAL);
        theirs.observables().add(Observables.of(ObservableType.IP, "198.51.100.7"));
        CaseDraft mine = base.edit().title("Scan of the portal");
        mine.replaceTask(base.tasks().get(0).markDone(DETECTED, "b"));
        mine.tags().add("portal");

        Case merged = CaseEdits.reapply(base, mine.build(), theirs.build());

        assertEquals("Scan of the portal", merged.title());
        assertEquals(Severity.CRITICAL, merged.severity());
        assertEquals(1, merged.observables().size());
        assertEquals(List.of("portal"), merged.tags());
        assertEquals(DETECTED, merged.tasks().get(0).doneAt());
    }

    @Test
    void aCaseIsOverdueOnlyWhileADueStepIsNotDone() {
        SlaPolicy policy = ShippedData.slaPolicy();
        Case c = CaseDraft.create("C2").sla(new Sla(Duration.ofHours(1), Duration.ofDays(1)))
                .times(KeyTimes.detectedAt(DETECTED)).build();

        assertEquals(false, policy.overdue(c, DETECTED.plusSeconds(1800)));
        assertEquals(true, policy.overdue(c, DETECTED.plusSeconds(7200)));
        Case acknowledged = c.edit().times(c.times().withAcknowledged(DETECTED.plusSeconds(600))
                .withReported(DETECTED.plusSeconds(900))).build();
        assertEquals(false, policy.overdue(acknowledged, DETECTED.plusSeconds(7200)));
        assertEquals(true, policy.overdue(acknowledged, DETECTED.plus(Duration.ofDays(2))));
        assertEquals(false, policy.overdue(acknowledged.edit().status(Status.CLOSED).build(),
                DETECTED.plus(Duration.ofDays(2))));
        assertEquals(DETECTED.plus(Duration.ofDays(5)), policy.deadlines(c).notifyAuthority());
    }
}
