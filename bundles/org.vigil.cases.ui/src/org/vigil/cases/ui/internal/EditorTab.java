package org.vigil.cases.ui.internal;

import java.util.Optional;

import org.eclipse.swt.widgets.Control;
import org.vigil.cases.CaseDraft;

/** One tab of the case editor, showing and changing the draft the editor saves. */
interface EditorTab {

    /** Shows the draft; list tabs change its live lists from then on. */
    void show(CaseDraft draft);

    /** Writes what the tab holds outside the draft's lists into the draft. */
    default void read(CaseDraft draft) {
    }

    /**
     * @param field a field as a refused save names it
     * @return the control to focus for it, if it is on this tab
     */
    Optional<Control> control(String field);
}
