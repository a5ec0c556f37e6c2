package org.vigil.events.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/** Writes changed preferences to disk in a job, never on the UI thread that changed them. */
final class PreferenceWriter {

    private PreferenceWriter() {
    }

    static void flushLater(IEclipsePreferences preferences) {
        Job job = Job.create(Messages.Preferences_saving, monitor -> {
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                // Kept in memory for this session; the next change writes it again.
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
