package org.vigil.cases;

import java.io.Serial;
import java.util.Objects;

/**
 * A change that breaks a rule: an illegal status move, closing without resolution or summary,
 * resolving with open mandatory tasks, an unknown assignee, a malformed observable. The message
 * names the field and the rule; {@link #field()} lets a form point at the field.
 */
public final class InvalidCaseException extends CaseException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field at fault, as named in {@link Case} ({@code status}, {@code resolution},
     *            {@code observables}…)
     * @param message what rule it breaks, for the operator
     */
    public InvalidCaseException(String field, String message) {
        super(message, null);
        this.field = Objects.requireNonNull(field, "field"); //$NON-NLS-1$
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }
}
