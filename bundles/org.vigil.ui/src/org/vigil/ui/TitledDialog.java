package org.vigil.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Vigil's dialogs with a title area: resizable, with a window title that says what each is for;
 * a subclass only fills the area.
 */
public abstract class TitledDialog extends TitleAreaDialog {

    private final String windowTitle;

    /**
     * @param parent the shell to center on
     * @param windowTitle the window's title
     */
    protected TitledDialog(Shell parent, String windowTitle) {
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

    /**
     * Sets the headline and message and puts the dialog's controls into its area.
     *
     * @param area the dialog area, with a grid layout of one column
     */
    protected abstract void fill(Composite area);
}
