package org.vigil.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a case, as the audit trail keeps it forever. Stores only append these; the API
 * has no way to change or remove one.
 *
 * @param caseNumber the case changed (a merged case keeps its own number here)
 * @param version the case version the change produced
 * @param at when
 * @param actor who
 * @param field what: a field name such as {@code status}, or {@code observable}, {@code task},
 *            {@code evidence}, {@code merge} for parts added or removed
 * @param oldValue the value before, or {@code null} when something was added
 * @param newValue the value after, or {@code null} when something was removed
 */
public record AuditEntry(String caseNumber, long version, Instant at, String actor, String field, String oldValue,
        String newValue) {

    /** Requires case, time, actor and field. */
    public AuditEntry {
        Objects.requireNonNull(caseNumber, "caseNumber"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        Objects.requireNonNull(actor, "actor"); //$NON-NLS-1$
        Objects.requireNonNull(field, "field"); //$NON-NLS-1$
    }

}
