package org.vigil.registry.ui.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.Case;
import org.vigil.cases.Labels;
import org.vigil.events.Cancellation;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceException;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.match.SystemActivity;

/**
 * The selected system's open cases (a double click opens one in the Cases perspective) and what
 * the active event source saw of it in the last 30 days: alerts and vulnerability findings,
 * counted in a job that a new selection, the Cancel button or closing the part stops. The same
 * system shown again (the filters or the registry changed) keeps its count.
 */
final class SystemActivityPanel {

    private static final System.Logger LOG = System.getLogger(SystemActivityPanel.class.getName());

    private final UISynchronize ui;
    private final Labels labels = Labels.of(Locale.getDefault());
    private final Group panel;
    private final Label heading;
    private final Label counts;
    private final Button cancel;
    private final Table cases;
    private Job counting;
    private Cancellation token = Cancellation.none();
    /** The system, version and source counted or being counted, so that a reload does not count again. */
    private String counted;

    /**
     * @param open opens a case, given its number
     */
    SystemActivityPanel(Composite parent, UISynchronize ui, Consumer<String> open) {
        this.ui = ui;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Activity_group);
        panel = group;
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(panel);
        heading = new Label(panel, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(heading);
        counts = new Label(panel, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(counts);
        cancel = new Button(panel, SWT.PUSH);
        cancel.setText(Messages.Activity_cancel);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> stop());
        cases = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        cases.setHeaderVisible(true);
        cases.setLinesVisible(true);
        column(Messages.Activity_number, 120);
        column(Messages.Activity_title, 200);
        column(Messages.Activity_severity, 90);
        column(Messages.Activity_status, 100);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(cases);
        cases.addListener(SWT.DefaultSelection, e -> {
            if (cases.getSelectionCount() == 1) {
                open.accept((String) cases.getSelection()[0].getData());
            }
        });
        heading.setText(Messages.Activity_none);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(cases, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    Control control() {
        return panel;
    }

    /**
     * Shows a system and starts counting its events.
     *
     * @param system the system, or {@code null} when none is selected
     * @param open its open cases
     * @param store the case store's name, or {@code null} without one
     * @param source the active event source, if any
     */
    void show(InformationSystem system, List<Case> open, String store, Optional<RegisteredSource> source) {
        String key = system == null ? null : system.id() + '/' + system.version() + '/'
                + source.map(s -> s.descriptor().id()).orElse(""); //$NON-NLS-1$
        boolean sameCount = key != null && key.equals(counted) && !token.isCancelled();
        if (!sameCount) {
            stop();
        }
        counted = key;
        cases.removeAll();
        if (system == null) {
            heading.setText(Messages.Activity_none);
            counts.setText(""); //$NON-NLS-1$
            return;
        }
        heading.setText(store == null ? NLS.bind(Messages.Activity_headingNoStore, system.name())
                : NLS.bind(Messages.Activity_heading, new Object[] { system.name(), open.size(), store }));
        for (Case c : open) {
            TableItem item = new TableItem(cases, SWT.NONE);
            item.setText(new String[] { c.number().toString(), c.title(), labels.label(c.severity()),
                    labels.label(c.status()) });
            item.setData(c.number().toString());
        }
        if (!sameCount) {
            source.ifPresentOrElse(s -> count(system, s), () -> counts.setText(Messages.Activity_noSource));
        }
        panel.layout(true);
    }

    private void count(InformationSystem system, RegisteredSource source) {
        Cancellation mine = Cancellation.none();
        token = mine;
        String name = source.descriptor().displayName();
        counts.setText(NLS.bind(Messages.Activity_counting, name));
        cancel.setEnabled(true);
        counting = new Job(NLS.bind(Messages.Activity_job, system.name())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    SystemActivity.Counts found = SystemActivity.count(source.source(), system, Instant.now(), mine);
                    deliver(mine, NLS.bind(Messages.Activity_counts,
                            new Object[] { found.alerts(), found.findings(), name }));
                } catch (SourceException e) {
                    if (!mine.isCancelled()) {
                        LOG.log(Level.WARNING, "Counting events of " + system.id() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                        deliver(mine, NLS.bind(Messages.Activity_failed, name, e.getMessage()));
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                mine.cancel();
            }
        };
        counting.setSystem(true);
        counting.schedule();
    }

    private void deliver(Cancellation mine, String text) {
        ui.asyncExec(() -> {
            if (!counts.isDisposed() && mine == token && !mine.isCancelled()) {
                counts.setText(text);
                cancel.setEnabled(false);
                panel.layout(true);
            }
        });
    }

    /** Stops the count under way, if any; its result is dropped. */
    void stop() {
        token.cancel();
        if (counting != null) {
            counting.cancel();
            counting = null;
        }
        if (!cancel.isDisposed() && cancel.getEnabled()) {
            cancel.setEnabled(false);
            counts.setText(Messages.Activity_cancelled);
        }
    }
}
