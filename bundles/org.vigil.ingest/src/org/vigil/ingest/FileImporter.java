package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.events.Cancellation;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/**
 * Imports log files into an {@link ImportTarget}, headless, for the workbench's import job and
 * {@code vigil-cli import}. Each file is opened with {@link LogReader}, its format detected (or
 * forced), and parsed as a stream whose events are written a batch at a time, so memory stays
 * flat whatever the file's size. A file that cannot be read, or whose format is not recognised,
 * is reported as not imported and the next one is imported all the same.
 *
 * <p>Events carry {@link EventIds}, and targets replace an event with the same id: importing a
 * file again adds nothing. Cancellation is honoured between batches; what was written stays.
 * Every call does file I/O: never call it on the UI thread.
 */
public final class FileImporter {

    /** The least time between two progress reports in the middle of a file. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final LogFormats formats;
    private final ImportTarget target;

    /**
     * @param formats the formats to detect and parse with, usually the {@link LogFormats} service
     * @param target where the events go
     */
    public FileImporter(LogFormats formats, ImportTarget target) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Imports the files one after the other.
     *
     * @param request the files and how to read them
     * @param listener told of the progress, on this thread
     * @param cancellation stops the run between batches; the report then says so
     * @return what became of each file started
     */
    public ImportReport run(ImportRequest request, ImportListener listener, Cancellation cancellation) {
        ProgressReporter progress = new ProgressReporter(request.files().size(), listener, PROGRESS_INTERVAL);
        List<FileReport> reports = new ArrayList<>();
        for (Path file : request.files()) {
            if (cancellation.isCancelled()) {
                break;
            }
            FileReport report = importFile(file, request, progress, cancellation);
            reports.add(report);
            progress.fileDone(report);
        }
        boolean cancelled = reports.size() < request.files().size()
                || reports.stream().anyMatch(report -> report.outcome() == FileReport.Outcome.CANCELLED);
        return new ImportReport(reports, cancelled);
    }

    private FileReport importFile(Path file, ImportRequest request, ProgressReporter progress,
            Cancellation cancellation) {
        Run run = new Run(file.toString(), request, progress, cancellation);
        try {
            LogInput raw = LogReader.open(file);
            try (LogInput input = new LogInput(raw.file(), raw.identity(), run.lines(raw), raw::isTruncated)) {
                return run.read(input, referenceDate(file, request));
            }
        } catch (IOException e) {
            return run.failed(unreadable(e));
        }
    }

    private static LocalDate referenceDate(Path file, ImportRequest request) throws IOException {
        // The file's last write is the best guess of the year its year-less syslog lines belong to.
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), request.zone());
    }

    private static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.Import_noSuchFile;
        }
        if (e instanceof AccessDeniedException) {
            return Messages.Import_accessDenied;
        }
        return NLS.bind(Messages.Import_unreadable, e.getMessage());
    }

    /** The import of one file: its format, its batches and its figures. */
    private final class Run {

        private final String file;
        private final ImportRequest request;
        private final ProgressReporter progress;
        private final Cancellation cancellation;
        private final BatchingSink sink;
        private LineCountingReader lines;
        private Optional<String> formatId = Optional.empty();

        Run(String file, ImportRequest request, ProgressReporter progress, Cancellation cancellation) {
            this.file = file;
            this.request = request;
            this.progress = progress;
            this.cancellation = cancellation;
            this.sink = new BatchingSink(target, request.batchSize(), cancellation, this::batchDone);
        }

        LineCountingReader lines(LogInput raw) {
            lines = new LineCountingReader(raw.reader());
            return lines;
        }

        FileReport read(LogInput input, LocalDate referenceDate) throws IOException {
            Optional<LogFormat> format = format(input);
            if (format.isEmpty()) {
                return failed(request.formatId().isPresent() ? noSuchFormat(request.formatId().get())
                        : NLS.bind(Messages.Import_unknownFormat, formatIds()));
            }
            formatId = Optional.of(format.get().id());
            try {
                format.get().parse(input, new ParseOptions(referenceDate, request.zone()), sink);
                sink.flush();
            } catch (BatchingSink.TargetFailure e) {
                return ended(e.getCause());
            }
            return report(cancellation.isCancelled() ? FileReport.Outcome.CANCELLED : FileReport.Outcome.IMPORTED,
                    Optional.empty());
        }

        FileReport failed(String reason) {
            return report(FileReport.Outcome.FAILED, Optional.of(reason));
        }

        private Optional<LogFormat> format(LogInput input) throws IOException {
            return request.formatId().isPresent() ? formats.find(request.formatId().get()) : formats.detect(input);
        }

        private FileReport ended(SourceException e) {
            if (e.kind() == SourceException.Kind.CANCELLED) {
                return report(FileReport.Outcome.CANCELLED, Optional.empty());
            }
            return failed(NLS.bind(Messages.Import_targetFailed, target.id(), e.getMessage()));
        }

        private FileReport report(FileReport.Outcome outcome, Optional<String> reason) {
            long linesRead = lines == null ? 0 : lines.linesRead();
            return new FileReport(file, outcome, formatId, reason, linesRead, sink.imported(), sink.rejections());
        }

        private void batchDone() {
            progress.during(lines.linesRead(), sink.imported(), sink.rejections().size());
        }

        private String noSuchFormat(String id) {
            return NLS.bind(Messages.Import_noSuchFormat, id, formatIds());
        }

        private String formatIds() {
            return String.join(", ", formats.formats().stream().map(LogFormat::id).toList());
        }
    }
}
