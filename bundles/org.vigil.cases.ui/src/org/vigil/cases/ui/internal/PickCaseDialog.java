package org.vigil.cases.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.Case;
import org.vigil.cases.Labels;
import org.vigil.ui.TitledDialog;

/** Picks one of the open cases, newest first, to add the selected hits to. */
final class PickCaseDialog extends TitledDialog {

    private final List<Case> cases;
    private final Labels labels;
    private Table table;
    private Case picked;

    PickCaseDialog(Shell parent, List<Case> cases, Labels labels) {
        super(parent, Messages.AddEvents_title);
        this.cases = cases;
        this.labels = labels;
    }

    Case picked() {
        return picked;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.AddEvents_title);
        setMessage(Messages.AddEvents_message);
        table = Tables.table(area, SWT.SINGLE, 1, Messages.Column_number, 120, Messages.Column_title, 340,
                Messages.Column_status, 110);
        for (Case c : cases) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { c.number().toString(), c.title(), labels.label(c.status()) });
            item.setData(c);
        }
        table.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(true));
        table.addListener(SWT.DefaultSelection, e -> okPressed());
    }

    @Override
    protected Control createButtonBar(Composite parent) {
        Control bar = super.createButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        return bar;
    }

    @Override
    protected void okPressed() {
        if (table.getSelectionCount() == 1) {
            picked = (Case) table.getSelection()[0].getData();
            super.okPressed();
        }
    }
}
