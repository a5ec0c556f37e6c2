package org.vigil.cases;

import java.io.Serial;
import java.util.List;

/**
 * Someone saved the case after the version an edit started from; nothing was written. It
 * carries what they changed and the case as it is now, so that the editor can show both and
 * re-apply the operator's own edit with {@link CaseEdits#reapply(Case, Case, Case)}.
 */
public final class CaseConflictException extends CaseException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Case current;
    private final transient Case refused;
    private final transient List<FieldConflict> conflicts;

    /**
     * @param message names the case, the versions and who changed it
     * @param current the case as saved now
     * @param refused the edit that was not saved
     * @param conflicts what was changed since the edit's version, field by field
     */
    public CaseConflictException(String message, Case current, Case refused, List<FieldConflict> conflicts) {
        super(message, null);
        this.current = current;
        this.refused = refused;
        this.conflicts = List.copyOf(conflicts);
    }

    /** @return the case as saved now */
    public Case current() {
        return current;
    }

    /** @return the edit that was refused, to re-apply */
    public Case refused() {
        return refused;
    }

    /** @return the fields changed by others since the edit's version, in the order they changed */
    public List<FieldConflict> conflicts() {
        return conflicts;
    }
}
