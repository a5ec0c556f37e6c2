package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/**
 * Imports log files into an {@link ImportTarget}, headless, for the workbench's import job and
 * {@code vigil-cli import}. Each file is opened with {@link LogReader}, its format detected (or
 * forced), and parsed as a stream whose events are written a batch at a time, so memory stays
 * flat whatever the file's size. A file that cannot be read, or whose format is not recognised,
 * is reported as not imported and the next one is imported all the same.
 *
 * <p>A file is parsed on a thread of its own a few batches ahead of the calling thread, which
 * writes them into one {@link ImportTarget.Session} per file: on two cores parsing and
 * indexing overlap. The listener and the target are called on the calling thread only.
 *
 * <p>Events are enriched on the parsing thread, so that the enricher's work overlaps with
 * writing: an importer made with {@code new FileImporter(formats, target).enrichedWith(enricher)},
 * given the {@link EventEnricher} service, stores every event with the information system it
 * belongs to. Without it events are stored as parsed.
 *
 * <p>Events carry {@link EventIds}, and targets replace an event with the same id: importing a
 * file again adds nothing. An event the target refuses on its own (a value its mapping does not
 * take) is reported like a line the parser rejected, with its file and line.
 * Cancellation is honoured between batches; what was written stays.
 * Every call does file I/O: never call it on the UI thread.
 */
public final class FileImporter {

    /** The least time between two progress reports in the middle of a file. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    /** The longest an import waits for its enricher to be ready, e.g. the registry to be read. */
    public static final Duration ENRICHER_WAIT = Duration.ofSeconds(30);

    private final LogFormats formats;
    private final ImportTarget target;
    private final EventEnricher enricher;

    /**
     * An importer that stores events as they are parsed.
     *
     * @param formats the formats to detect and parse with, usually the {@link LogFormats} service
     * @param target where the events go
     */
    public FileImporter(LogFormats formats, ImportTarget target) {
        this(formats, target, EventEnricher.NONE);
    }

    private FileImporter(LogFormats formats, ImportTarget target, EventEnricher enricher) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.target = Objects.requireNonNull(target, "target");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    /**
     * Added in package version 0.1.2.
     *
     * @param eventEnricher adds fields to every event before it is stored, usually the
     *            highest-ranked {@link EventEnricher} service (the information system of the
     *            event's addresses); it is applied on the parsing thread
     * @return an importer like this one that enriches the events
     */
    public FileImporter enrichedWith(EventEnricher eventEnricher) {
        return new FileImporter(formats, target, eventEnricher);
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
            try (LogInput input = LogReader.open(file)) {
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
        private LogInput input;
        private ParsingThread parsing;
        private Optional<String> formatId = Optional.empty();
        private long imported;
        private final List<Rejection> refused = new ArrayList<>();
        private final List<Conflict> conflicts = new ArrayList<>();

        Run(String file, ImportRequest request, ProgressReporter progress, Cancellation cancellation) {
            this.file = file;
            this.request = request;
            this.progress = progress;
            this.cancellation = cancellation;
        }

        FileReport read(LogInput input, LocalDate referenceDate) throws IOException {
            this.input = input;
            ImportTarget.Session session;
            try {
                // Before a line is parsed: a target that refuses the user says so at once.
                session = target.session();
            } catch (SourceException e) {
                return failed(targetFailed(e.getMessage()));
            }
            Optional<LogFormat> format = Optional.empty();
            try {
                format = format(input);
            } finally {
                if (format.isEmpty()) {
                    closeUnused(session);
                }
            }
            if (format.isEmpty()) {
                return failed(request.formatId().isPresent() ? noSuchFormat(request.formatId().get())
                        : NLS.bind(Messages.Import_unknownFormat, formatIds()));
            }
            formatId = Optional.of(format.get().id());
            parsing = ParsingThread.start(format.get(), input, new ParseOptions(referenceDate, request.zone()),
                    request.batchSize(), enricher, cancellation);
            Ending ending;
            try {
                ending = writeAll(session);
            } finally {
                parsing.stop();
            }
            return report(ending.outcome(), ending.reason());
        }

        private static void closeUnused(ImportTarget.Session session) {
            try {
                session.close();
            } catch (SourceException e) {
                // Nothing was written through it; the file's own failure is what the report says.
            }
        }

        private Ending writeAll(ImportTarget.Session session) throws IOException {
            try {
                write(session);
                return new Ending(cancellation.isCancelled() ? FileReport.Outcome.CANCELLED
                        : FileReport.Outcome.IMPORTED, Optional.empty());
            } catch (SourceException e) {
                return e.kind() == SourceException.Kind.CANCELLED
                        ? new Ending(FileReport.Outcome.CANCELLED, Optional.empty())
                        : Ending.failed(targetFailed(e.getMessage()));
            } catch (BatchPipe.ParseFailure e) {
                return Ending.failed(NLS.bind(Messages.Import_formatFailed, formatId.orElseThrow(), e.getCause()));
            } catch (RuntimeException e) {
                // A target's bug ends this file with its reason rather than the whole run.
                return Ending.failed(targetFailed(e.toString()));
            }
        }

        /** Writes the parser's batches in file order; the session makes them durable when closed. */
        private void write(ImportTarget.Session opened) throws IOException, SourceException {
            try (ImportTarget.Session session = opened) {
                for (BatchPipe.Batch batch = parsing.next(); batch != null; batch = parsing.next()) {
                    cancellation.check(target.id());
                    imported += session.add(batch.events().iterator(), cancellation, refusals(batch));
                    progress.during(input.linesRead(), imported, parsing.rejected() + refused.size());
                }
                imported += session.finish(cancellation);
                session.conflicts((field, storedAs, shadowedAs, count) -> conflicts
                        .add(new Conflict(field, storedAs, shadowedAs, count)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(SourceException.Kind.CANCELLED, target.id(), "interrupted", e); //$NON-NLS-1$
            }
        }

        /** A store's refusal becomes a rejection of the line the event came from, like a parser's. */
        private ImportTarget.Refusals refusals(BatchPipe.Batch batch) {
            Map<Event, Long> lineOf = new IdentityHashMap<>();
            return (event, reason) -> {
                if (lineOf.isEmpty()) {
                    for (int i = 0; i < batch.events().size(); i++) {
                        lineOf.put(batch.events().get(i), batch.lines()[i]);
                    }
                }
                refused.add(new Rejection(file, lineOf.getOrDefault(event, 0L), reason));
            };
        }

        FileReport failed(String reason) {
            return report(FileReport.Outcome.FAILED, Optional.of(reason));
        }

        private Optional<LogFormat> format(LogInput input) throws IOException {
            return request.formatId().isPresent() ? formats.find(request.formatId().get()) : formats.detect(input);
        }

        private String targetFailed(String why) {
            return NLS.bind(Messages.Import_targetFailed, target.id(), why);
        }

        private FileReport report(FileReport.Outcome outcome, Optional<String> reason) {
            long linesRead = input == null ? 0 : input.linesRead();
            List<Rejection> rejections = new ArrayList<>(parsing == null ? List.of() : parsing.rejections());
            rejections.addAll(refused);
            rejections.sort(Comparator.comparingLong(Rejection::lineNumber));
            return new FileReport(file, outcome, formatId, reason, linesRead, imported, rejections, conflicts);
        }

        private String noSuchFormat(String id) {
            return NLS.bind(Messages.Import_noSuchFormat, id, formatIds());
        }

        private String formatIds() {
            return String.join(", ", formats.formats().stream().map(LogFormat::id).toList());
        }
    }

    /** How the import of a file ended, decided before its report is written. */
    private record Ending(FileReport.Outcome outcome, Optional<String> reason) {

        static Ending failed(String reason) {
            return new Ending(FileReport.Outcome.FAILED, Optional.of(reason));
        }
    }
}
