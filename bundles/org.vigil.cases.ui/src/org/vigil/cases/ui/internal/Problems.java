package org.vigil.cases.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.vigil.cases.InvalidCaseException;

/** How a refused or failed store call reads for the operator, and keys that must not save too early. */
final class Problems {

    private Problems() {
    }

    /** @return the message, led by the field at fault when a rule refused the change */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // The store's messages mostly lead with the field already.
        return e instanceof InvalidCaseException invalid && !message.startsWith(invalid.field())
                ? NLS.bind(Messages.Editor_error, invalid.field(), message)
                : message;
    }

    /** Makes Return in a one-line field do the field's action only, not also the dialog's default button. */
    static void onReturn(Control field, Runnable action) {
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                action.run();
            }
        });
    }
}
