package org.vigil.events.ui.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;
import org.vigil.ingest.ImportReport;
import org.vigil.ui.TitledDialog;

/**
 * File → Import Events…: the operator picks files, format, time zone and store; the import then
 * runs in a job while this window shows its progress and offers Cancel, and ends on the report.
 * The window is modeless, so that searching goes on meanwhile; closing it during an import
 * cancels the import, keeping what was written, and shows the report of what was.
 */
final class ImportDialog extends TitledDialog implements ImportRun.View {

    private static final System.Logger LOG = System.getLogger(ImportDialog.class.getName());

    private final Importers importers;
    private final List<RegisteredSource> targets;
    private final UISynchronize ui;
    private final IEventBroker broker;
    private final List<Path> initialFiles;
    private Composite body;
    private ImportForm form;
    private ImportRun run;
    private ImportChoice choice;
    private Label progress;

    /**
     * @param parent the workbench window
     * @param importers the log formats and the enricher imports use
     * @param targets the stores that accept events, the default first ({@link ImportTargets})
     * @param ui the UI thread
     * @param broker tells the search part that a store received events
     * @param files files already chosen, e.g. dropped on the search part
     */
    ImportDialog(Shell parent, Importers importers, List<RegisteredSource> targets, UISynchronize ui,
            IEventBroker broker, List<Path> files) {
        super(parent, Messages.Import_title);
        this.importers = importers;
        this.targets = targets;
        this.ui = ui;
        this.broker = broker;
        this.initialFiles = List.copyOf(files);
        setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /**
     * Opens the dialog on the stores that accept events.
     *
     * @param shell the workbench window
     * @param importers the log formats and the enricher imports use
     * @param registry the sources, among which the import targets
     * @param ui the UI thread
     * @param broker tells the search part about the new events
     * @param files files already chosen, or none
     */
    static void open(Shell shell, Importers importers, SourceRegistry registry, UISynchronize ui, IEventBroker broker,
            List<Path> files) {
        new ImportDialog(shell, importers, ImportTargets.of(registry.sources()), ui, broker, files).open();
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Import_heading);
        setMessage(Messages.Import_message);
        body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        form = new ImportForm(body, importers.formats().formats(), targets, ui);
        form.add(initialFiles);
        LOG.log(System.Logger.Level.INFO, "Import dialog shown with {0} targets", targets.size());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Import_start, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (run == null && form.validate()) {
            start(form.choice());
        }
    }

    @Override
    protected void cancelPressed() {
        if (isRunning()) {
            run.cancel();
            getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
            progress.setText(Messages.Import_cancelling);
        } else {
            super.cancelPressed();
        }
    }

    /** Escape and the window's close button stop a running import like Cancel: the report still shows. */
    @Override
    protected void handleShellCloseEvent() {
        if (isRunning()) {
            cancelPressed();
        } else {
            super.handleShellCloseEvent();
        }
    }

    private boolean isRunning() {
        return run != null && progress != null && !progress.isDisposed();
    }

    private void start(ImportChoice chosen) {
        choice = chosen;
        run = new ImportRun(importers, chosen, ui, broker);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setMessage(NLS.bind(Messages.Import_running, chosen.files().size(), chosen.target().descriptor().displayName()));
        replaceBody(page -> {
            ProgressBar bar = new ProgressBar(page, SWT.INDETERMINATE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
            progress = new Label(page, SWT.WRAP);
            progress.setText(Messages.Import_starting);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        });
        LOG.log(System.Logger.Level.INFO, "Import started: {0} files into {1}", chosen.files().size(),
                chosen.target().descriptor().id());
        run.start(body, this);
    }

    @Override
    public void progress(String text) {
        if (isRunning() && getButton(IDialogConstants.CANCEL_ID).isEnabled()) {
            progress.setText(text);
            progress.getParent().layout(true);
        }
    }

    @Override
    public void finished(ImportReport report, Duration elapsed) {
        progress = null;
        String headline = ImportTexts.total(report, choice.files().size(), elapsed,
                choice.target().descriptor().displayName());
        setMessage(ImportTexts.headline(report));
        replaceBody(page -> new ImportReportView(page, report, headline, ui));
        offerClose();
    }

    @Override
    public void failed(String reason) {
        progress = null;
        setErrorMessage(reason);
        replaceBody(page -> new Label(page, SWT.WRAP).setText(Messages.Import_noReport));
        offerClose();
    }

    /** Once the import is over, Import goes and Cancel becomes Close. */
    private void offerClose() {
        Button ok = getButton(IDialogConstants.OK_ID);
        ((GridData) ok.getLayoutData()).exclude = true;
        ok.setVisible(false);
        // The bar keeps a column per button: without this one, Close would stand off the edge.
        ((GridLayout) ok.getParent().getLayout()).numColumns--;
        Button close = getButton(IDialogConstants.CANCEL_ID);
        close.setText(IDialogConstants.CLOSE_LABEL);
        close.setEnabled(true);
        getShell().setDefaultButton(close);
        getShell().layout(true, true);
    }

    /** Puts another page into the window, which grows when the page needs more room than it has. */
    private void replaceBody(Consumer<Composite> page) {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        Composite content = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(content);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        page.accept(content);
        Shell shell = getShell();
        Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Point size = shell.getSize();
        shell.setSize(Math.max(size.x, wanted.x), Math.max(size.y, wanted.y));
        shell.layout(true, true);
    }
}
