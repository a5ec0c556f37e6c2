package org.vigil.events.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * Export of every hit of the last search, not just the rows loaded, to a CSV or NDJSON file the
 * operator picks. The file is written in a job whose progress shows in the status line and that
 * the Cancel button stops, as a search is.
 */
final class ExportAction {

    /**
     * The search to export.
     *
     * @param source the source searched
     * @param query the query and time range searched
     * @param ascending whether the oldest hit comes first, as in the table
     * @param total how many hits the search found, for the progress
     * @param columns the table's columns in the order shown, for CSV
     */
    record Search(RegisteredSource source, EventQuery query, boolean ascending, long total, List<String> columns) {
    }

    /** What the search part lends an export: its Cancel button and its status line. */
    interface Host {
        /** @return a new cancellation that the Cancel button now stops */
        Cancellation begin();

        /**
         * @param token the export's cancellation; stale exports are not reported
         * @param text what to show
         * @param finished whether the export is over, so that Cancel can be disabled
         */
        void report(Cancellation token, String text, boolean finished);
    }

    private static final System.Logger LOG = System.getLogger(ExportAction.class.getName());
    private static final int PAGE = 2_000;

    private final UISynchronize ui;
    private final Host host;

    ExportAction(UISynchronize ui, Host host) {
        this.ui = ui;
        this.host = host;
    }

    /**
     * @param shell the parent of the file dialog
     * @param search the search to export, or null before the first search
     */
    void csv(Shell shell, Supplier<Search> search) {
        Search current = search.get();
        if (current != null) {
            export(shell, current, "csv", HitExport.csv(current.columns()));
        }
    }

    /**
     * @param shell the parent of the file dialog
     * @param search the search to export, or null before the first search
     */
    void ndjson(Shell shell, Supplier<Search> search) {
        Search current = search.get();
        if (current != null) {
            export(shell, current, "ndjson", HitExport.NDJSON);
        }
    }

    private void export(Shell shell, Search search, String extension, HitExport.Format format) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName("vigil-export." + extension);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            Cancellation token = host.begin();
            Job.create(NLS.bind(Messages.Export_job, file),
                    (IProgressMonitor monitor) -> write(search, Path.of(file), format, token, monitor)).schedule();
        }
    }

    private IStatus write(Search search, Path file, HitExport.Format format, Cancellation token,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_job, file),
                (int) Math.min(Integer.MAX_VALUE, search.total()));
        SearchRequest request = new SearchRequest(search.query(), Event.TIMESTAMP, search.ascending(), PAGE, null);
        long[] reported = { 0 };
        try {
            long written = HitExport.write(search.source().source(), request, file, format, count -> {
                if (progress.isCanceled()) {
                    token.cancel();
                }
                progress.worked((int) (count - reported[0]));
                reported[0] = count;
                report(token, NLS.bind(Messages.Export_progress, new Object[] { count, search.total(), file }), false);
            }, token);
            LOG.log(System.Logger.Level.INFO, "Exported {0} hits to {1}", Long.toString(written), file);
            report(token, NLS.bind(Messages.Export_done, written, file), true);
        } catch (SourceException e) {
            report(token, e.kind() == SourceException.Kind.CANCELLED ? NLS.bind(Messages.Export_cancelled, file)
                    : NLS.bind(Messages.Search_failed, e.getMessage()), true);
        } catch (IOException e) {
            report(token, NLS.bind(Messages.Export_failed, file, e.getMessage()), true);
        }
        return Status.OK_STATUS;
    }

    private void report(Cancellation token, String text, boolean finished) {
        ui.asyncExec(() -> host.report(token, text, finished));
    }
}
