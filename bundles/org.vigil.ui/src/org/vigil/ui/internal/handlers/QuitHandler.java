package org.vigil.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes the workbench. */
public final class QuitHandler {

    @Execute
    void execute(IWorkbench workbench) {
        workbench.close();
    }
}
