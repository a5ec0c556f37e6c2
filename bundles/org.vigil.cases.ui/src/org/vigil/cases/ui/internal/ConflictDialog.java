package org.vigil.cases.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.FieldConflict;
import org.vigil.ui.TitledDialog;

/** What someone else saved while the operator edited: field, their value, the operator's value. */
final class ConflictDialog extends TitledDialog {

    private final String number;
    private final List<FieldConflict> conflicts;

    ConflictDialog(Shell parent, String number, List<FieldConflict> conflicts) {
        super(parent, Messages.Conflict_title);
        this.number = number;
        this.conflicts = conflicts;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Conflict_title);
        setMessage(NLS.bind(Messages.Conflict_message, number));
        Table table = Tables.table(area, SWT.SINGLE, 1, Messages.Conflict_field, 120, Messages.Conflict_theirs, 220,
                Messages.Conflict_yours, 220, Messages.Conflict_by, 140);
        for (FieldConflict c : conflicts) {
            String theirs = Objects.toString(c.theirs(), ""); //$NON-NLS-1$
            String yours = Objects.toString(c.yours(), ""); //$NON-NLS-1$
            String by = c.by() + ", " + CaseTable.TIME.format(c.at()); //$NON-NLS-1$
            new TableItem(table, SWT.NONE).setText(new String[] { c.field(), theirs, yours, by });
        }
    }

    @Override
    protected Point getInitialSize() {
        // Without a bound the long message would stretch the dialog across the screen.
        return new Point(760, 420);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Conflict_reapply, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
