package org.vigil.elasticsearch.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;

/**
 * Runs the dialogs' file and network work in a job and brings its outcome back to the UI thread,
 * unless the control that asked is gone by then (the dialog was closed meanwhile).
 */
final class Background {

    /** Work that may fail; its failure goes to the UI as the exception. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private Background() {
    }

    static <T> void run(String name, Control owner, UISynchronize ui, Work<T> work, Consumer<T> done,
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
        job.setUser(false);
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
