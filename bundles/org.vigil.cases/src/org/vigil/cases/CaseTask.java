package org.vigil.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A step of the response checklist. Mandatory tasks that are not done block resolving the case.
 *
 * @param id unique within the case, kept when cases are merged
 * @param title what to do
 * @param mandatory whether resolving waits for it
 * @param assignee who does it, or {@code null}
 * @param doneAt when it was done, or {@code null} while open
 * @param doneBy who marked it done, or {@code null} while open
 */
public record CaseTask(String id, String title, boolean mandatory, String assignee, Instant doneAt, String doneBy) {

    /** Requires an id and a title. */
    public CaseTask {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
    }

    /**
     * @param title what to do
     * @param mandatory whether resolving waits for it
     * @return an open, unassigned task with a fresh id
     */
    public static CaseTask open(String title, boolean mandatory) {
        return new CaseTask(UUID.randomUUID().toString().substring(0, 8), title, mandatory, null, null, null);
    }

    /** @return whether it is done */
    public boolean done() {
        return doneAt != null;
    }

    /**
     * @param at when
     * @param by who
     * @return the task marked done
     */
    public CaseTask markDone(Instant at, String by) {
        return new CaseTask(id, title, mandatory, assignee, at, by);
    }

    /** @return the task open again */
    public CaseTask reopen() {
        return new CaseTask(id, title, mandatory, assignee, null, null);
    }

    /** @return how the task reads in an audit line */
    @Override
    public String toString() {
        return title + (mandatory ? " (*)" : "") + (done() ? " [x]" : " [ ]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
