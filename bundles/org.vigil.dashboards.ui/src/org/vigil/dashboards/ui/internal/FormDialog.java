package org.vigil.dashboards.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.ui.TitledDialog;

/**
 * A dialog of labelled fields that checks them on every change: the first problem shows in the
 * title area and OK stays disabled until there is none.
 */
abstract class FormDialog extends TitledDialog {

    private static final int FIELD_WIDTH = 360;

    FormDialog(Shell shell, String windowTitle) {
        super(shell, windowTitle);
    }

    /** @return what is wrong with the fields, for people; null when they are fine */
    protected abstract String problem();

    /** Keeps what the fields say; called on OK once they have no problem. */
    protected abstract void accept();

    /**
     * @param area the dialog area
     * @param title the title area's heading
     * @param message what the dialog is for
     * @return a composite of two columns, labels and fields, filling the area
     */
    protected Composite form(Composite area, String title, String message) {
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        return form;
    }

    /**
     * @param form a composite of two columns
     * @param label the field's label
     * @param value its first value
     * @return a text field checked on every change
     */
    protected Text text(Composite form, String label, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
        text.setText(value);
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    /**
     * @param form a composite of two columns
     * @param label the field's label
     * @param items its choices
     * @param selected the index chosen first
     * @return a read-only choice checked on every change
     */
    protected Combo combo(Composite form, String label, List<String> items, int selected) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> check());
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    @Override
    protected void okPressed() {
        if (check()) {
            accept();
            super.okPressed();
        }
    }

    /** @return whether the fields are fine; shows the problem otherwise */
    protected final boolean check() {
        String problem = problem();
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
        return problem == null;
    }
}
