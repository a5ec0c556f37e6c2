package org.vigil.cases.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseTemplate;
import org.vigil.ui.Background;
import org.vigil.ui.TitledDialog;

/**
 * Opens a case from one of the store's templates (its category, severity, SLA, tags and tasks)
 * or a blank one. The dialog stays open with what was typed when the store refuses.
 */
final class NewCaseDialog extends TitledDialog {

    private final CaseStore store;
    private final UISynchronize ui;
    private final List<CaseTemplate> templates;
    private final Locale locale = Locale.getDefault();
    private Combo template;
    private Text title;
    private Case created;

    NewCaseDialog(Shell parent, CaseStore store, UISynchronize ui, List<CaseTemplate> templates) {
        super(parent, Messages.New_title);
        this.store = store;
        this.ui = ui;
        this.templates = templates;
    }

    /** @return the case as the store saved it, after OK */
    Case created() {
        return created;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.New_title);
        setMessage(Messages.New_message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.New_template);
        template = new Combo(form, SWT.READ_ONLY);
        template.add(Messages.New_blank);
        templates.forEach(t -> template.add(t.name().in(locale)));
        template.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
        new Label(form, SWT.NONE).setText(Messages.New_caseTitle);
        title = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(title);
        title.setFocus();
    }

    @Override
    protected void okPressed() {
        CaseDraft draft = draft();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Cases_jobSave, getShell(), ui, () -> store.create(draft), saved -> {
            created = saved;
            super.okPressed();
        }, e -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setErrorMessage(Problems.describe(e));
        });
    }

    private CaseDraft draft() {
        int index = template.getSelectionIndex();
        String text = title.getText().strip();
        return index <= 0 ? CaseDraft.create(text) : templates.get(index - 1).draft(text, locale, null);
    }
}
