package org.vigil.cases.ui.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.vigil.cases.Case;
import org.vigil.cases.CaseConflictException;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseEdits;
import org.vigil.cases.CaseStore;
import org.vigil.cases.EventCases;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Labels;
import org.vigil.ui.Background;
import org.vigil.core.model.TimeRange;
import org.vigil.ui.Navigator;
import org.vigil.ui.TitledDialog;

/**
 * Changes one case. The edit is a draft of the case as it was read; saving hands it to the
 * store, which checks the workflow and the version. A refused save leaves the dialog open with
 * the edit and the field at fault focused; a conflict shows the other person's changes and can
 * put the operator's edit onto their version, so that nothing typed is lost.
 */
final class CaseEditor extends TitledDialog {

    private static final System.Logger LOG = System.getLogger(CaseEditor.class.getName());
    private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;

    private final CaseStore store;
    private final UISynchronize ui;
    private final Labels labels;
    private final SystemDirectory directory;
    private final Navigator navigator;
    private final Shell workbench;
    private final Map<EditorTab, TabItem> tabs = new LinkedHashMap<>();
    private Case base;
    private CaseDraft draft;
    private TabFolder folder;
    private Case saved;

    CaseEditor(Shell parent, CaseStore store, UISynchronize ui, Labels labels, SystemDirectory directory,
            Navigator navigator, Case c) {
        // A window of its own, not modal: the workbench can come in front of it to show the
        // search an observable pivots to, and the operator comes back to the edit.
        super(null, NLS.bind(Messages.Editor_title, c.number()));
        setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
        this.workbench = parent;
        this.store = store;
        this.ui = ui;
        this.labels = labels;
        this.directory = directory;
        this.navigator = navigator;
        this.base = c;
        this.draft = c.edit();
    }

    /** @return the case as the store saved it, after OK */
    Case saved() {
        return saved;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        // SWT closes a shell on Escape only when it has a parent; the editor does as every dialog does.
        Listener escape = e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE && e.widget instanceof Control control && control.getShell() == shell) {
                e.doit = false;
                cancelPressed();
            }
        };
        shell.getDisplay().addFilter(SWT.Traverse, escape);
        // Not a child of the workbench's window, so it would outlive it and keep Vigil from exiting.
        Listener closeWithWorkbench = e -> close();
        workbench.addListener(SWT.Dispose, closeWithWorkbench);
        shell.addListener(SWT.Dispose, e -> {
            e.display.removeFilter(SWT.Traverse, escape);
            if (!workbench.isDisposed()) {
                workbench.removeListener(SWT.Dispose, closeWithWorkbench);
            }
        });
    }

    @Override
    protected void fill(Composite area) {
        setTitle(base.number() + " \u2013 " + base.title()); //$NON-NLS-1$
        setMessage(Messages.Editor_message);
        folder = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        add(Messages.Editor_tabOverview, page -> new OverviewTab(page, labels, directory));
        add(Messages.Editor_tabObservables, page -> new ObservablesTab(page, labels,
                text -> setMessage(text, IMessageProvider.INFORMATION), this::setErrorMessage, this::searchEvents));
        add(Messages.Editor_tabTasks, page -> new TasksTab(page, store.user()));
        add(Messages.Editor_tabEvidence, EvidenceTab::new);
        add(Messages.Editor_tabTimeline,
                page -> new TimelineTab(page, store, ui, base.number().toString(), this::refused));
        tabs.keySet().forEach(tab -> tab.show(draft));
        LOG.log(Level.INFO, "Editing case {0}", base.number()); //$NON-NLS-1$
    }

    /**
     * Runs an observable's search in Investigate over the case's time; without the workbench
     * (no navigator) the query is left on the clipboard instead.
     *
     * @return whether the search was handed over
     */
    private boolean searchEvents(String kql) {
        TimeRange range = EventCases.pivotRange(base, Instant.now());
        boolean sent = navigator != null
                && navigator.search(new Navigator.SearchRequest(kql, range.from(), range.to()));
        if (sent && !workbench.isDisposed()) {
            workbench.forceActive();
        }
        LOG.log(Level.INFO, "Pivot from case {0} to Investigate: {1}", base.number(), sent); //$NON-NLS-1$
        return sent;
    }

    private void add(String title, Function<Composite, EditorTab> make) {
        Composite page = new Composite(folder, SWT.NONE);
        TabItem item = new TabItem(folder, SWT.NONE);
        item.setText(title);
        item.setControl(page);
        tabs.put(make.apply(page), item);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, EXPORT_ID, Messages.Editor_export, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.Editor_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id != EXPORT_ID) {
            super.buttonPressed(id);
            return;
        }
        setErrorMessage(null);
        new ReportExport(store, ui, base.number().toString(), text -> setMessage(text, IMessageProvider.INFORMATION),
                this::setErrorMessage).choose(getButton(EXPORT_ID));
    }

    @Override
    protected void okPressed() {
        setErrorMessage(null);
        tabs.keySet().forEach(tab -> tab.read(draft));
        Case edit = draft.build();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Cases_jobSave, getShell(), ui, () -> store.update(edit), result -> {
            saved = result;
            super.okPressed();
        }, this::refused);
    }

    private void refused(Exception e) {
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        if (e instanceof CaseConflictException conflict) {
            conflicted(conflict);
            return;
        }
        setErrorMessage(Problems.describe(e));
        if (e instanceof InvalidCaseException invalid) {
            focus(invalid.field());
        }
    }

    private void conflicted(CaseConflictException conflict) {
        if (new ConflictDialog(getShell(), base.number().toString(), conflict.conflicts()).open() != OK) {
            setErrorMessage(Problems.describe(conflict));
            return;
        }
        Case reapplied = CaseEdits.reapply(base, conflict.refused(), conflict.current());
        base = conflict.current();
        draft = reapplied.edit();
        tabs.keySet().forEach(tab -> tab.show(draft));
        setMessage(Messages.Conflict_reapplied, IMessageProvider.WARNING);
    }

    private void focus(String field) {
        tabs.forEach((tab, item) -> {
            Optional<Control> control = tab.control(field);
            if (control.isPresent()) {
                folder.setSelection(item);
                control.get().setFocus();
            }
        });
    }
}
