package org.vigil.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
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
     * OK under the label of {@link #okLabel()}, and Cancel.
     */
    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** @return the label of the OK button: what it does, e.g. "Merge"; OK unless overridden */
    protected String okLabel() {
        return IDialogConstants.OK_LABEL;
    }

    /**
     * Sets the headline and message and puts the dialog's controls into its area.
     *
     * @param area the dialog area, with a grid layout of one column
     */
    protected abstract void fill(Composite area);
}
