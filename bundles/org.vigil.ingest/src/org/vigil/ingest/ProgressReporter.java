package org.vigil.ingest;

import java.time.Duration;

/**
 * Adds up a run's figures and tells the {@link ImportListener}: after each file, and after a
 * batch only when {@code interval} has passed, so that a fast import does not flood a UI.
 */
final class ProgressReporter {

    private final int files;
    private final ImportListener listener;
    private final long intervalNanos;
    private int filesDone;
    private long lines;
    private long imported;
    private long rejected;
    private long lastTold;

    ProgressReporter(int files, ImportListener listener, Duration interval) {
        this.files = files;
        this.listener = listener;
        this.intervalNanos = interval.toNanos();
        this.lastTold = System.nanoTime();
    }

    /**
     * @param fileLines the lines read so far in the current file
     * @param fileImported the events written so far from it
     * @param fileRejected the records rejected so far in it
     */
    void during(long fileLines, long fileImported, long fileRejected) {
        long now = System.nanoTime();
        if (now - lastTold >= intervalNanos) {
            lastTold = now;
            tell(lines + fileLines, imported + fileImported, rejected + fileRejected);
        }
    }

    /** @param report a finished file, whose figures join the totals */
    void fileDone(FileReport report) {
        filesDone++;
        lines += report.linesRead();
        imported += report.eventsImported();
        rejected += report.rejections().size();
        lastTold = System.nanoTime();
        tell(lines, imported, rejected);
    }

    private void tell(long totalLines, long totalImported, long totalRejected) {
        listener.progress(new ImportProgress(filesDone, files, totalLines, totalImported, totalRejected));
    }
}
