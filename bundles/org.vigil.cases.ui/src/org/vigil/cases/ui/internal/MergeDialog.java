package org.vigil.cases.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.vigil.cases.Case;
import org.vigil.ui.TitledDialog;

/**
 * Confirms merging two cases and which of them remains: the older one unless the operator
 * says otherwise, as the later case is usually the duplicate. The text says what moves and that
 * the other number will open the remaining case.
 */
final class MergeDialog extends TitledDialog {

    private final Case older;
    private final Case newer;
    private Button keepOlder;
    private Label consequence;
    private boolean olderKept = true;

    MergeDialog(Shell parent, Case a, Case b) {
        super(parent, Messages.Merge_title);
        boolean aFirst = a.number().compareTo(b.number()) < 0;
        this.older = aFirst ? a : b;
        this.newer = aFirst ? b : a;
    }

    /** @return the case merged away, after OK */
    Case from() {
        return olderKept ? newer : older;
    }

    /** @return the case that remains, after OK */
    Case into() {
        return olderKept ? older : newer;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Merge_title);
        setMessage(Messages.Merge_message);
        Composite choices = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(choices);
        keepOlder = choice(choices, older, true);
        choice(choices, newer, false);
        consequence = new Label(choices, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).indent(0, 8).applyTo(consequence);
        explain();
    }

    private Button choice(Composite area, Case kept, boolean selected) {
        Button button = new Button(area, SWT.RADIO);
        button.setText(NLS.bind(Messages.Merge_keep, kept.number(), kept.title()));
        button.setSelection(selected);
        button.addListener(SWT.Selection, e -> explain());
        return button;
    }

    private void explain() {
        olderKept = keepOlder.getSelection();
        consequence.setText(NLS.bind(Messages.Merge_consequence, from().number(), into().number()));
        consequence.getParent().layout();
    }

    @Override
    protected String okLabel() {
        return Messages.Merge_button;
    }
}
