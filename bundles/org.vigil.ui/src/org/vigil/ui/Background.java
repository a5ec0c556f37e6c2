package org.vigil.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a part's or dialog's store, file or network work in a job and brings its outcome back to
 * the UI thread, unless the control that asked is gone by then (the dialog was closed meanwhile).
 * For short work that needs no progress; searches and imports have their own jobs.
 */
public final class Background {

    /**
     * Work that may fail; its failure goes to the UI as the exception.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    public interface Work<T> {

        /**
         * @return the result for the UI
         * @throws Exception whatever went wrong, shown to the operator
         */
        T run() throws Exception;
    }

    private Background() {
    }

    /**
     * @param <T> what the work returns
     * @param name the job's name, shown in progress views
     * @param owner the control whose disposal cancels the hand-over
     * @param ui the UI thread
     * @param work the work, run off the UI thread; it must not touch widgets
     * @param done what to do with the result, on the UI thread
     * @param failed what to do with a failure, on the UI thread
     */
    public static <T> void run(String name, Control owner, UISynchronize ui, Work<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.run();
                deliver(owner, ui, () -> done.accept(result));
            } catch (Exception e) {
                deliver(owner, ui, () -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static void deliver(Control owner, UISynchronize ui, Runnable update) {
        ui.asyncExec(() -> {
            if (!owner.isDisposed()) {
                update.run();
            }
        });
    }
}
