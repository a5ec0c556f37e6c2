package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.eclipse.osgi.util.NLS;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportProgress;

/**
 * An import's progress on standard error, kept apart from the summary on standard output. On a
 * terminal one line is rewritten in place; otherwise (a log file, a CI job) a line is written every
 * {@link #LOG_INTERVAL} and once more at the end, so that a long import leaves a trace and a short
 * one leaves nothing.
 */
final class ImportProgressLine implements ImportListener {

    /** Between two lines when standard error is not a terminal. */
    static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastPrinted;
    private boolean printed;
    private int shownWidth;
    private ImportProgress last;
    private ImportProgress logged;

    /**
     * @param err standard error
     * @param terminal whether it is a terminal, where a line can be rewritten
     * @param nanoTime the clock, {@code System::nanoTime} but in tests
     */
    ImportProgressLine(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    @Override
    public void progress(ImportProgress progress) {
        last = progress;
        long now = nanoTime.getAsLong();
        if (terminal) {
            String line = text(progress, now);
            // Blanks over the end of a longer line shown before.
            err.print('\r' + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            err.flush();
            shownWidth = line.length();
            printed = true;
        } else if (now - lastPrinted >= LOG_INTERVAL.toNanos()) {
            err.println(text(progress, now));
            logged = progress;
            lastPrinted = now;
            printed = true;
        }
    }

    /** Ends the progress: the terminal's line is closed, a log gets the final figures if it had any. */
    void finish() {
        if (!printed || last == null) {
            return;
        }
        if (terminal) {
            err.println();
        } else if (!last.equals(logged)) {
            // The same figures again would only say that the end took a moment.
            err.println(text(last, nanoTime.getAsLong()));
        }
    }

    private String text(ImportProgress progress, long now) {
        long millis = Math.max(1, (now - started) / 1_000_000);
        return NLS.bind(Messages.Import_progress, new Object[] { Math.min(progress.filesDone() + 1, progress.files()),
                progress.files(), progress.linesRead(), progress.eventsImported(), progress.rejected(),
                String.format("%.1f", millis / 1000.0), progress.eventsImported() * 1000 / millis }); //$NON-NLS-1$
    }

    /**
     * @return whether this process's standard error is a terminal: on Linux where its descriptor
     *         leads, elsewhere whether the JVM has a console at all
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString(); //$NON-NLS-1$
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
