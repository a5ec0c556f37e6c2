package org.vigil.cases.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.InvalidCaseException;

/** How a refused or failed store call reads for the operator. */
final class Problems {

    private Problems() {
    }

    /** @return the message, led by the field at fault when a rule refused the change */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return e instanceof InvalidCaseException invalid ? NLS.bind(Messages.Editor_error, invalid.field(), message)
                : message;
    }
}
