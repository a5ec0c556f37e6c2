package org.vigil.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.internal.Messages;

/**
 * The status workflow as one table: every allowed move, with the rules it must pass. Stores
 * call {@link #check(Case, Case)} on every save and {@link #times(Case, Case, Instant)} to set
 * the key times the moves mark; the editor asks {@link #next(Status)} for its buttons.
 */
public final class Workflow {

    /** A rule a move must pass; each names the field it is about. */
    public enum Guard {
        /** A resolution and a non-blank summary are set. */
        RESOLUTION_AND_SUMMARY,
        /** The resolution is false positive or duplicate: closing without working the case. */
        DISMISSAL,
        /** No mandatory task is open. */
        MANDATORY_TASKS_DONE
    }

    /**
     * One allowed move.
     *
     * @param from the status before
     * @param to the status after
     * @param guards the rules the case must pass after the move
     */
    public record Transition(Status from, Status to, List<Guard> guards) {
    }

    private static final List<Transition> TABLE = List.of(
            new Transition(Status.NEW, Status.TRIAGE, List.of()),
            new Transition(Status.NEW, Status.CLOSED, List.of(Guard.RESOLUTION_AND_SUMMARY, Guard.DISMISSAL)),
            new Transition(Status.TRIAGE, Status.IN_PROGRESS, List.of()),
            new Transition(Status.TRIAGE, Status.CLOSED, List.of(Guard.RESOLUTION_AND_SUMMARY, Guard.DISMISSAL)),
            new Transition(Status.IN_PROGRESS, Status.CONTAINED, List.of()),
            new Transition(Status.IN_PROGRESS, Status.RESOLVED, List.of(Guard.MANDATORY_TASKS_DONE)),
            new Transition(Status.CONTAINED, Status.RESOLVED, List.of(Guard.MANDATORY_TASKS_DONE)),
            new Transition(Status.RESOLVED, Status.CLOSED, List.of(Guard.RESOLUTION_AND_SUMMARY)),
            // Reopening: new facts after resolving or closing send the case back to work.
            new Transition(Status.RESOLVED, Status.IN_PROGRESS, List.of()),
            new Transition(Status.CLOSED, Status.IN_PROGRESS, List.of()));

    private Workflow() {
    }

    /** @return every allowed move */
    public static List<Transition> transitions() {
        return TABLE;
    }

    /**
     * @param from a status
     * @return the statuses a case in it may move to, in table order
     */
    public static List<Status> next(Status from) {
        return TABLE.stream().filter(move -> move.from() == from).map(Transition::to).toList();
    }

    /**
     * @param from the status before
     * @param to the status after
     * @return whether the move reopens a resolved or closed case
     */
    public static boolean reopens(Status from, Status to) {
        return (from == Status.RESOLVED || from == Status.CLOSED) && to == Status.IN_PROGRESS;
    }

    /**
     * Checks a save against the workflow: the status move must be in the table and pass its
     * guards, and a closed case that stays closed may not change at all.
     *
     * @param before the case as saved
     * @param after the case to save
     * @throws InvalidCaseException naming the field and the rule broken
     */
    public static void check(Case before, Case after) throws InvalidCaseException {
        if (before.status() == after.status()) {
            if (before.status() == Status.CLOSED && !CaseEdits.changes(before, after).isEmpty()) {
                throw new InvalidCaseException("status", NLS.bind(Messages.Workflow_closedReadOnly, before.number())); //$NON-NLS-1$
            }
            return;
        }
        Transition move = TABLE.stream().filter(t -> t.from() == before.status() && t.to() == after.status())
                .findFirst().orElseThrow(() -> illegal(before, after));
        for (Guard guard : move.guards()) {
            Optional<InvalidCaseException> broken = broken(guard, after);
            if (broken.isPresent()) {
                throw broken.get();
            }
        }
    }

    /**
     * @param before the case as saved
     * @param after the case to save, already checked
     * @param now the time of the save
     * @return the key times after the move: acknowledged when leaving new, contained,
     *         resolved and closed when reaching those; reopening clears resolved and closed
     */
    public static KeyTimes times(Case before, Case after, Instant now) {
        KeyTimes times = before.times().withDetected(after.times().detected()).withReported(after.times().reported());
        Status to = after.status();
        if (to == before.status()) {
            return times;
        }
        if (reopens(before.status(), to)) {
            return times.withResolved(null).withClosed(null);
        }
        times = times.acknowledged() == null ? times.withAcknowledged(now) : times;
        times = to == Status.CONTAINED && times.contained() == null ? times.withContained(now) : times;
        times = (to == Status.RESOLVED || to == Status.CLOSED) && times.resolved() == null ? times.withResolved(now) : times;
        return to == Status.CLOSED ? times.withClosed(now) : times;
    }

    private static InvalidCaseException illegal(Case before, Case after) {
        String allowed = next(before.status()).stream().map(Status::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return new InvalidCaseException("status", NLS.bind(Messages.Workflow_illegalMove, //$NON-NLS-1$
                new Object[] { before.number(), before.status(), after.status(), allowed }));
    }

    private static Optional<InvalidCaseException> broken(Guard guard, Case after) {
        return switch (guard) {
            case RESOLUTION_AND_SUMMARY -> after.resolution() == null
                    ? Optional.of(new InvalidCaseException("resolution", Messages.Workflow_needsResolution)) //$NON-NLS-1$
                    : after.summary().isBlank()
                            ? Optional.of(new InvalidCaseException("summary", Messages.Workflow_needsSummary)) //$NON-NLS-1$
                            : Optional.empty();
            case DISMISSAL -> after.resolution() != null && after.resolution().dismisses() ? Optional.empty()
                    : Optional.of(new InvalidCaseException("resolution", //$NON-NLS-1$
                            NLS.bind(Messages.Workflow_onlyDismissal, after.status())));
            case MANDATORY_TASKS_DONE -> after.openMandatoryTasks().isEmpty() ? Optional.empty()
                    : Optional.of(new InvalidCaseException("tasks", NLS.bind(Messages.Workflow_openMandatoryTasks, //$NON-NLS-1$
                            after.openMandatoryTasks().stream().map(CaseTask::title).collect(Collectors.joining("; "))))); //$NON-NLS-1$
        };
    }
}
