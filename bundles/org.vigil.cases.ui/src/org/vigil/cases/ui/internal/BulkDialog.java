package org.vigil.cases.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.BulkChange;
import org.vigil.cases.Labels;
import org.vigil.cases.Resolution;
import org.vigil.cases.Status;
import org.vigil.ui.TitledDialog;

/**
 * One change for several cases: a status (with the resolution and summary closing needs) and
 * an assignee, either left as it is. Each case is then saved on its own with the usual rules,
 * so some may be refused while the others change.
 */
final class BulkDialog extends TitledDialog {

    private final Labels labels;
    private final int count;
    private Combo status;
    private Combo resolution;
    private Text summary;
    private Text assignee;
    private BulkChange change;

    BulkDialog(Shell parent, Labels labels, int count) {
        super(parent, Messages.Bulk_title);
        this.labels = labels;
        this.count = count;
    }

    /** @return the change, after OK */
    BulkChange change() {
        return change;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(NLS.bind(Messages.Bulk_heading, count));
        setMessage(Messages.Bulk_message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Editor_status);
        status = Choices.combo(form, Messages.Bulk_unchanged, labels, Status.values());
        status.addListener(SWT.Selection, e -> closingChanged());
        new Label(form, SWT.NONE).setText(Messages.Editor_resolution);
        resolution = Choices.combo(form, Messages.Editor_none, labels, Resolution.values());
        new Label(form, SWT.NONE).setText(Messages.Editor_summary);
        summary = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(summary);
        new Label(form, SWT.NONE).setText(Messages.Editor_assignee);
        assignee = new Text(form, SWT.BORDER);
        assignee.setMessage(Messages.Bulk_unchanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(assignee);
        closingChanged();
    }

    private void closingChanged() {
        boolean closing = Choices.selected(status, Status.values()).orElse(null) == Status.CLOSED;
        resolution.setEnabled(closing);
        summary.setEnabled(closing);
    }

    @Override
    protected void okPressed() {
        Status to = Choices.selected(status, Status.values()).orElse(null);
        boolean closing = to == Status.CLOSED;
        String who = assignee.getText().isBlank() ? null : assignee.getText().strip();
        if (to == null && who == null) {
            setErrorMessage(Messages.Bulk_nothing);
            return;
        }
        change = new BulkChange(to, closing ? Choices.selected(resolution, Resolution.values()).orElse(null) : null,
                closing && !summary.getText().isBlank() ? summary.getText() : null, who);
        super.okPressed();
    }
}
