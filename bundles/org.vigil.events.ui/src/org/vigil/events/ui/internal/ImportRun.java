package org.vigil.events.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.vigil.events.Cancellation;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportReport;

/**
 * An import of the operator's files as a job: its progress and its report go to a view on the UI
 * thread, Cancel stops it between batches and keeps what was written, and when events were
 * written the search part is told, since a source does not announce that its data changed.
 */
final class ImportRun {

    /** Posted with the id of the source that received events, after an import wrote some. */
    static final String TOPIC_IMPORTED = "org/vigil/events/ui/imported"; //$NON-NLS-1$

    /** Where the run reports, on the UI thread. */
    interface View {
        /** @param text the figures so far */
        void progress(String text);

        /**
         * @param report what became of each file
         * @param elapsed how long the import took
         */
        void finished(ImportReport report, Duration elapsed);

        /** @param reason why the import stopped before its report, naming the cause */
        void failed(String reason);
    }

    private static final System.Logger LOG = System.getLogger(ImportRun.class.getName());

    private final Importers importers;
    private final ImportChoice choice;
    private final UISynchronize ui;
    private final IEventBroker broker;
    private final Cancellation cancellation = new Cancellation();

    ImportRun(Importers importers, ImportChoice choice, UISynchronize ui, IEventBroker broker) {
        this.importers = importers;
        this.choice = choice;
        this.ui = ui;
        this.broker = broker;
    }

    /**
     * @param owner the control whose disposal stops the hand-over to the view
     * @param view where progress and the report go
     */
    void start(Control owner, View view) {
        String name = NLS.bind(Messages.Import_job, choice.files().size(), choice.target().descriptor().displayName());
        Job.create(name, (IProgressMonitor monitor) -> run(name, monitor, owner, view)).schedule();
    }

    /** Stops the import between two batches; the events written so far stay. */
    void cancel() {
        cancellation.cancel();
    }

    private IStatus run(String name, IProgressMonitor monitor, Control owner, View view) {
        long started = System.nanoTime();
        monitor.beginTask(name, IProgressMonitor.UNKNOWN);
        ImportListener listener = progress -> {
            if (monitor.isCanceled()) {
                cancellation.cancel();
            }
            String text = ImportTexts.progress(progress, since(started));
            monitor.subTask(text);
            deliver(owner, () -> view.progress(text));
        };
        try {
            ImportReport report = importers.into(choice.importTarget()).run(choice.request(), listener, cancellation);
            Duration elapsed = since(started);
            String target = choice.target().descriptor().id();
            LOG.log(System.Logger.Level.INFO, "Import into {0}: {1} events from {2} files, {3} lines rejected, in {4} ms",
                    target, Long.toString(report.eventsImported()), report.files().size(),
                    report.rejections().size(), Long.toString(elapsed.toMillis()));
            if (report.eventsImported() > 0) {
                broker.post(TOPIC_IMPORTED, target);
            }
            deliver(owner, () -> view.finished(report, elapsed));
        } catch (RuntimeException e) {
            // A format's or target's bug outside a file's import: the window must not wait forever.
            LOG.log(System.Logger.Level.ERROR, "Import failed", e);
            deliver(owner, () -> view.failed(NLS.bind(Messages.Import_failed, e)));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void deliver(Control owner, Runnable update) {
        ui.asyncExec(() -> {
            if (!owner.isDisposed()) {
                update.run();
            }
        });
    }
}
