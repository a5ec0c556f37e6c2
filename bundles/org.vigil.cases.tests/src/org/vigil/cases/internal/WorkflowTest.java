package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseTask;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Resolution;
import org.vigil.cases.Status;
import org.vigil.cases.Workflow;

/** The status table and its guards, without a store. */
class WorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void theTableAllowsExactlyTheDocumentedMoves() {
        assertEquals(List.of(Status.TRIAGE, Status.CLOSED), Workflow.next(Status.NEW));
        assertEquals(List.of(Status.IN_PROGRESS, Status.CLOSED), Workflow.next(Status.TRIAGE));
        assertEquals(List.of(Status.CONTAINED, Status.RESOLVED), Workflow.next(Status.IN_PROGRESS));
        assertEquals(List.of(Status.RESOLVED), Workflow.next(Status.CONTAINED));
        assertEquals(List.of(Status.CLOSED, Status.IN_PROGRESS), Workflow.next(Status.RESOLVED));
        assertEquals(List.of(Status.IN_PROGRESS), Workflow.next(Status.CLOSED));
    }

    @Test
    void everyMoveNotInTheTableIsRefusedNamingTheStatus() {
        for (Status from : Status.values()) {
            Set<Status> illegal = EnumSet.allOf(Status.class);
            illegal.removeAll(Workflow.next(from));
            illegal.remove(from);
            for (Status to : illegal) {
                InvalidCaseException e = assertThrows(InvalidCaseException.class,
                        () -> Workflow.check(inStatus(from), inStatus(from).edit().status(to).build()));
                assertEquals("status", e.field(), from + " -> " + to);
                assertTrue(e.getMessage().contains(from.name()) && e.getMessage().contains(to.name()), e.getMessage());
            }
        }
    }

    @Test
    void closingAfterResolvingNeedsResolutionThenSummary() {
        Case resolved = inStatus(Status.RESOLVED);

        assertEquals("resolution", assertThrows(InvalidCaseException.class,
                () -> Workflow.check(resolved, resolved.edit().status(Status.CLOSED).summary("x").build())).field());
        assertEquals("summary", assertThrows(InvalidCaseException.class, () -> Workflow.check(resolved,
                resolved.edit().status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE).summary(" ").build())).field());
        assertDoesNotThrow(() -> Workflow.check(resolved,
                resolved.edit().status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE).summary("done").build()));
    }

    @Test
    void onlyADismissalClosesBeforeWork() {
        Case triage = inStatus(Status.TRIAGE);

        assertEquals("resolution", assertThrows(InvalidCaseException.class, () -> Workflow.check(triage,
                triage.edit().status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE).summary("s").build())).field());
        assertDoesNotThrow(() -> Workflow.check(triage,
                triage.edit().status(Status.CLOSED).resolution(Resolution.DUPLICATE).summary("see VIG-2026-0001").build()));
    }

    @Test
    void openMandatoryTasksBlockResolvingAndAreNamed() {
        CaseDraft draft = inStatus(Status.CONTAINED).edit();
        draft.tasks().add(CaseTask.open("Patch Telerik UI", true));
        draft.tasks().add(CaseTask.open("Optional follow-up", false));
        Case contained = draft.build();

        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> Workflow.check(contained, contained.edit().status(Status.RESOLVED).build()));

        assertEquals("tasks", e.field());
        assertTrue(e.getMessage().contains("Patch Telerik UI") && !e.getMessage().contains("Optional"), e.getMessage());
    }

    @Test
    void movesMarkTheirKeyTimesOnceAndReopeningClearsTheEnd() {
        Case fresh = inStatus(Status.NEW);
        KeyTimes triaged = Workflow.times(fresh, fresh.edit().status(Status.TRIAGE).build(), NOW);
        assertEquals(NOW, triaged.acknowledged());

        Case resolved = inStatus(Status.RESOLVED).edit().times(new KeyTimes(NOW, null, NOW, null, NOW, null)).build();
        Case closing = resolved.edit().status(Status.CLOSED).build();
        KeyTimes closed = Workflow.times(resolved, closing, NOW.plusSeconds(60));
        assertEquals(NOW, closed.resolved());
        assertEquals(NOW.plusSeconds(60), closed.closed());

        Case reopening = inStatus(Status.CLOSED).edit().times(closed).build();
        KeyTimes reopened = Workflow.times(reopening, reopening.edit().status(Status.IN_PROGRESS).build(), NOW);
        assertNull(reopened.resolved());
        assertNull(reopened.closed());
        assertEquals(NOW, reopened.acknowledged());
    }

    static Case inStatus(Status status) {
        return CaseDraft.create("Defacement of the district portal").status(status).build();
    }
}
