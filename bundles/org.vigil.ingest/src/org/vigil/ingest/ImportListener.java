package org.vigil.ingest;

/**
 * Hears how a {@link FileImporter} run is going, for a progress bar or a status line. Called on
 * the importing thread, so a UI hands the figures over to its own thread.
 */
@FunctionalInterface
public interface ImportListener {

    /** A listener that ignores progress, for callers that show none. */
    ImportListener NONE = progress -> {
        // Nothing to show.
    };

    /**
     * Called after a batch is written (at most every {@link FileImporter#PROGRESS_INTERVAL}) and
     * after each file.
     *
     * @param progress the figures so far, over every file of the run
     */
    void progress(ImportProgress progress);
}
