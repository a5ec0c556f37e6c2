package org.vigil.cases.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** The Cases perspective's dialogs: resizable, with a window title that says what each is for. */
abstract class CaseDialog extends TitleAreaDialog {

    private final String windowTitle;

    CaseDialog(Shell parent, String windowTitle) {
        super(parent);
        this.windowTitle = windowTitle;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(windowTitle);
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        fill(area);
        return area;
    }

    /** Sets the headline and message and puts the dialog's controls into its area. */
    protected abstract void fill(Composite area);
}
