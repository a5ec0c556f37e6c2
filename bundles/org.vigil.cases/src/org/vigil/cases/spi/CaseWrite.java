package org.vigil.cases.spi;

import java.util.List;
import java.util.Objects;

import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;

/**
 * One case to save with the audit entries of its change.
 *
 * @param saved the case as it is to be saved, with its new version
 * @param expectedVersion the version the store must still hold, or 0 for a new case
 * @param audit the entries to append, all with the new version
 */
public record CaseWrite(Case saved, long expectedVersion, List<AuditEntry> audit) {

    /** Requires the case; copies the entries. */
    public CaseWrite {
        Objects.requireNonNull(saved, "saved"); //$NON-NLS-1$
        audit = List.copyOf(audit);
    }

    /** @return whether the case is new */
    public boolean creates() {
        return expectedVersion == 0;
    }
}
