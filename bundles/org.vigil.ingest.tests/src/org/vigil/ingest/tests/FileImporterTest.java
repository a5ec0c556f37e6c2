package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportProgress;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.Rejection;
import org.vigil.local.LuceneSource;

/** Imports files with the published formats into recording and real targets. */
class FileImporterTest {

    @TempDir
    Path dir;

    private LogFormatsService service;
    private LogFormats formats;
    private final RecordingTarget target = new RecordingTarget();

    @BeforeEach
    void openFormats() throws InterruptedException {
        service = LogFormatsService.open();
        formats = service.formats();
    }

    @AfterEach
    void closeFormats() {
        service.close();
    }

    @Test
    void goodLinesAreImportedAndBadOnesRejectedWithTheirLineNumbers() throws IOException {
        Path file = write("auth.ndjson", ecs(1), ecs(2), "not json {", ecs(4), ecs(5), "{\"event\":{}}", ecs(7));

        ImportReport report = run(ImportRequest.of(List.of(file)));

        FileReport only = report.files().get(0);
        assertEquals(FileReport.Outcome.IMPORTED, only.outcome());
        assertEquals("ecs.ndjson", only.formatId().orElseThrow());
        assertEquals(7, only.linesRead());
        assertEquals(5, only.eventsImported());
        assertEquals(List.of(3L, 6L), only.rejections().stream().map(Rejection::lineNumber).toList());
        assertTrue(only.rejections().stream().allMatch(r -> r.file().equals(file.toString())), only.toString());
        assertEquals(5, target.events.size());
        assertFalse(report.complete(), "rejected lines make the import incomplete");
    }

    @Test
    void aGzipFileIsReadByItsMagicAndGivesTheIdsOfItsPlainTwin() throws IOException {
        Path plain = write("plain.ndjson", ecs(1), ecs(2), ecs(3));
        Path gzip = dir.resolve("rotated.1");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(Files.readAllBytes(plain));
        }

        ImportReport report = run(ImportRequest.of(List.of(plain, gzip)));

        assertEquals(List.of(3L, 3L), report.files().stream().map(FileReport::eventsImported).toList());
        assertEquals(3, target.events.size(), "same content, same ids");
        assertTrue(report.complete(), report.toString());
    }

    @Test
    void eventsAreWrittenInBatchesAndProgressIsToldPerFile() throws IOException {
        Path file = write("five.ndjson", ecs(1), ecs(2), ecs(3), ecs(4), ecs(5));
        List<ImportProgress> told = new ArrayList<>();

        ImportReport report = new FileImporter(formats, target).run(ImportRequest.of(List.of(file)).withBatchSize(2),
                told::add, Cancellation.none());

        assertEquals(List.of(2, 2, 1), target.batches);
        assertEquals(5, report.eventsImported());
        assertEquals(new ImportProgress(1, 1, 5, 5, 0), told.get(told.size() - 1));
    }

    @Test
    void cancellingBetweenBatchesKeepsWhatWasImportedAndSkipsTheRest() throws IOException {
        Path first = write("first.ndjson", lines(10));
        Path second = write("second.ndjson", ecs(1));
        Cancellation cancellation = new Cancellation();
        RecordingTarget cancelling = new RecordingTarget() {
            @Override
            void afterBatch() {
                cancellation.cancel();
            }
        };

        ImportReport report = new FileImporter(formats, cancelling)
                .run(ImportRequest.of(List.of(first, second)).withBatchSize(4), ImportListener.NONE, cancellation);

        assertTrue(report.cancelled());
        assertEquals(1, report.files().size(), "the second file was not started");
        assertEquals(FileReport.Outcome.CANCELLED, report.files().get(0).outcome());
        assertEquals(4, report.eventsImported());
        assertEquals(4, cancelling.events.size());
    }

    @Test
    void anUndetectableOrMissingFileIsReportedAndTheOthersAreImported() throws IOException {
        Path prose = write("letter.txt", "Dear operator,", "the sensor in rack 4 was rebooted.", "Regards");
        Path missing = dir.resolve("missing.ndjson");
        Path good = write("good.ndjson", ecs(1));

        ImportReport report = run(ImportRequest.of(List.of(prose, missing, good)));

        List<FileReport> files = report.files();
        assertEquals(List.of(FileReport.Outcome.FAILED, FileReport.Outcome.FAILED, FileReport.Outcome.IMPORTED),
                files.stream().map(FileReport::outcome).toList());
        assertTrue(files.get(0).reason().orElseThrow().contains("ecs.ndjson"), "names the formats to choose from");
        assertFalse(files.get(1).reason().orElseThrow().isBlank());
        assertEquals(1, report.eventsImported());
        assertFalse(report.complete());
    }

    @Test
    void aForcedFormatIsUsedWithoutDetection() throws IOException {
        Path file = write("auth.log", ecs(1), ecs(2));

        ImportReport syslog = run(ImportRequest.of(List.of(file)).withFormat("syslog"));
        ImportReport nope = run(ImportRequest.of(List.of(file)).withFormat("nope"));

        assertEquals("syslog", syslog.files().get(0).formatId().orElseThrow());
        assertEquals(2, syslog.rejections().size(), "JSON lines are not syslog");
        assertEquals(FileReport.Outcome.FAILED, nope.files().get(0).outcome());
        assertTrue(nope.files().get(0).reason().orElseThrow().contains("nope"));
    }

    @Test
    void reImportingIntoALuceneSourceAddsNothing() throws Exception {
        Path file = write("again.ndjson", lines(12));
        SourceDescriptor descriptor = new SourceDescriptor("memory", "memory", "lucene", "memory");
        try (LuceneSource lucene = LuceneSource.inMemory(descriptor, Collections.emptyIterator(), Clock.systemUTC())) {
            FileImporter importer = new FileImporter(formats, lucene);
            ImportRequest request = ImportRequest.of(List.of(file)).withBatchSize(5);

            importer.run(request, ImportListener.NONE, Cancellation.none());
            long once = lucene.size();
            importer.run(request, ImportListener.NONE, Cancellation.none());

            assertEquals(12, once);
            assertEquals(once, lucene.size());
        }
    }

    @Test
    void cancellingWhileTheParserIsAheadStopsItAndKeepsOnlyWhatWasWritten() throws IOException {
        Path file = write("long.ndjson", lines(100));
        Cancellation cancellation = new Cancellation();
        RecordingTarget cancelling = new RecordingTarget() {
            @Override
            void afterBatch() {
                if (batches.size() == 3) {
                    cancellation.cancel();
                }
            }
        };

        ImportReport report = new FileImporter(formats, cancelling)
                .run(ImportRequest.of(List.of(file)).withBatchSize(5), ImportListener.NONE, cancellation);

        assertEquals(FileReport.Outcome.CANCELLED, report.files().get(0).outcome());
        assertEquals(15, report.eventsImported());
        assertEquals(15, cancelling.events.size(), "the batches parsed ahead are not written");
        assertEquals(List.of(), parsingThreads(), "the parser has ended when run returns");
    }

    @Test
    void aTargetThatThrowsEndsItsFileWithTheReasonAndTheNextFileIsImported() throws IOException {
        Path first = write("first.ndjson", lines(100));
        Path second = write("second.ndjson", ecs(1), ecs(2));
        RecordingTarget failing = new RecordingTarget() {
            @Override
            void afterBatch() {
                if (batches.size() == 3) {
                    throw new IllegalStateException("disk on fire");
                }
            }
        };

        ImportReport report = new FileImporter(formats, failing)
                .run(ImportRequest.of(List.of(first, second)).withBatchSize(5), ImportListener.NONE, Cancellation.none());

        FileReport failed = report.files().get(0);
        assertEquals(FileReport.Outcome.FAILED, failed.outcome());
        assertTrue(failed.reason().orElseThrow().contains("memory"), "names the target: " + failed.reason());
        assertTrue(failed.reason().orElseThrow().contains("disk on fire"), "says why: " + failed.reason());
        assertEquals(10, failed.eventsImported(), "a batch that failed is not counted");
        assertEquals(FileReport.Outcome.IMPORTED, report.files().get(1).outcome());
        assertEquals(List.of(), parsingThreads());
        assertFalse(report.complete());
    }

    @Test
    void aTargetFailureIsReportedWithTheTargetsMessage() throws IOException {
        Path file = write("some.ndjson", lines(12));
        RecordingTarget unavailable = new RecordingTarget() {
            @Override
            void afterBatch() throws SourceException {
                throw new SourceException(SourceException.Kind.UNAVAILABLE, id(), "the disk is full", null);
            }
        };

        FileReport report = new FileImporter(formats, unavailable)
                .run(ImportRequest.of(List.of(file)).withBatchSize(5), ImportListener.NONE, Cancellation.none())
                .files().get(0);

        assertEquals(FileReport.Outcome.FAILED, report.outcome());
        assertTrue(report.reason().orElseThrow().contains("the disk is full"), report.toString());
        assertEquals(0, report.eventsImported(), "the batch the target refused is not counted");
    }

    @Test
    void eventsTheTargetRefusesAreListedWithTheLinesTheyCameFromAmongTheParsersRejections() throws IOException {
        Path file = write("mixed.ndjson", ecs(1), "not json {", ecs(3), ecs(4), ecs(5), ecs(6), ecs(7));
        RecordingTarget refusing = new RecordingTarget() {
            @Override
            public Session session() {
                return new Session() {
                    @Override
                    public long add(Iterator<Event> events, Cancellation cancellation) {
                        throw new AssertionError("the importer must ask for each refused event");
                    }

                    @Override
                    public long add(Iterator<Event> events, Cancellation cancellation, Refusals refusals)
                            throws SourceException {
                        List<Event> kept = new ArrayList<>();
                        events.forEachRemaining(event -> {
                            if (Set.of("line 4", "line 7").contains(event.get("message"))) {
                                refusals.refused(event, "mapping refuses " + event.get("message"));
                            } else {
                                kept.add(event);
                            }
                        });
                        return refusing().add(kept.iterator(), cancellation);
                    }

                    @Override
                    public void close() {
                        // Nothing to flush.
                    }
                };
            }

            RecordingTarget refusing() {
                return this;
            }
        };

        FileReport report = new FileImporter(formats, refusing)
                .run(ImportRequest.of(List.of(file)).withBatchSize(3), ImportListener.NONE, Cancellation.none())
                .files().get(0);

        assertEquals(FileReport.Outcome.IMPORTED, report.outcome());
        assertEquals(4, report.eventsImported());
        assertEquals(List.of(2L, 4L, 7L), report.rejections().stream().map(Rejection::lineNumber).toList());
        assertEquals("mapping refuses line 7", report.rejections().get(2).reason());
        assertEquals(4, refusing.events.size());
    }

    @Test
    void theConflictsATargetTellsAreInEachFilesReportAndAddedUpOverTheRun() throws IOException {
        Path first = write("first.ndjson", ecs(1), ecs(2));
        Path second = write("second.ndjson", ecs(1));
        RecordingTarget shadowing = new RecordingTarget() {
            @Override
            public Session session() throws SourceException {
                Session session = super.session();
                return new Session() {
                    @Override
                    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
                        return session.add(events, cancellation);
                    }

                    @Override
                    public void conflicts(Conflicts conflicts) {
                        conflicts.conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 2);
                        conflicts.conflict("source.ip", FieldType.IP, FieldType.KEYWORD, 1);
                    }

                    @Override
                    public void close() throws SourceException {
                        session.close();
                    }
                };
            }
        };

        ImportReport report = new FileImporter(formats, shadowing).run(ImportRequest.of(List.of(first, second)),
                ImportListener.NONE, Cancellation.none());

        Conflict keywords = new Conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 2);
        assertEquals(List.of(keywords, new Conflict("source.ip", FieldType.IP, FieldType.KEYWORD, 1)),
                report.files().get(0).conflicts());
        assertEquals(List.of(new Conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 4),
                new Conflict("source.ip", FieldType.IP, FieldType.KEYWORD, 2)), report.conflicts());
        assertTrue(report.complete(), "values kept in a shadow field are imported, not rejected");
    }

    @Test
    void aFormatThatFailsEndsItsFileWithTheReasonAfterTheBatchesBeforeIt() throws IOException {
        Path file = write("odd.log", lines(30));
        LogFormats failing = formatsOf(new FailingFormat(12));

        FileReport report = new FileImporter(failing, target)
                .run(ImportRequest.of(List.of(file)).withFormat(FailingFormat.ID).withBatchSize(5),
                        ImportListener.NONE, Cancellation.none())
                .files().get(0);

        assertEquals(FileReport.Outcome.FAILED, report.outcome());
        assertTrue(report.reason().orElseThrow().contains(FailingFormat.ID), report.toString());
        assertTrue(report.reason().orElseThrow().contains("parser bug"), report.toString());
        assertEquals(10, report.eventsImported());
        assertEquals(10, target.events.size());
        assertEquals(List.of(), parsingThreads());
    }

    @Test
    void theListenerAndTheTargetAreCalledOnTheCallingThreadOnly() throws IOException {
        Path file = write("many.ndjson", lines(40));
        List<Thread> threads = new ArrayList<>();
        RecordingTarget recording = new RecordingTarget() {
            @Override
            void afterBatch() {
                threads.add(Thread.currentThread());
            }
        };

        new FileImporter(formats, recording).run(ImportRequest.of(List.of(file)).withBatchSize(3),
                progress -> threads.add(Thread.currentThread()), Cancellation.none());

        assertEquals(Set.of(Thread.currentThread()), Set.copyOf(threads));
        assertEquals(40, recording.events.size());
    }

    @Test
    void anEnrichedImportStoresTheAddedFieldsAndEnrichesOffTheCallingThreadOnceReady() throws IOException {
        Path file = write("enriched.ndjson", lines(7));
        List<Thread> enriching = Collections.synchronizedList(new ArrayList<>());
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        EventEnricher enricher = new EventEnricher() {
            @Override
            public Event enrich(Event event) {
                enriching.add(Thread.currentThread());
                calls.add("enrich");
                Map<String, Object> fields = new LinkedHashMap<>(event.fields());
                fields.put("vigil.system.id", "portal");
                return new Event(event.id(), event.timestamp(), fields);
            }

            @Override
            public boolean awaitReady(Duration timeout) {
                calls.add("ready");
                return true;
            }
        };

        ImportReport report = new FileImporter(formats, target).enrichedWith(enricher)
                .run(ImportRequest.of(List.of(file)).withBatchSize(3), ImportListener.NONE, Cancellation.none());

        assertEquals(7, report.eventsImported());
        assertTrue(target.events.values().stream().allMatch(event -> "portal".equals(event.get("vigil.system.id"))),
                target.events.toString());
        assertEquals("ready", calls.get(0), "the enricher is ready before the first event");
        assertEquals(7, enriching.size());
        assertFalse(enriching.contains(Thread.currentThread()), "enriching overlaps with writing");
        run(ImportRequest.of(List.of(file)));
        assertTrue(target.events.values().stream().allMatch(event -> event.get("vigil.system.id") == null),
                "an importer made without an enricher stores the events as parsed");
    }

    private ImportReport run(ImportRequest request) {
        return new FileImporter(formats, target).run(request, ImportListener.NONE, Cancellation.none());
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String[] lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(FileImporterTest::ecs).toArray(String[]::new);
    }

    private static List<String> parsingThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("Vigil import")).toList();
    }

    private LogFormats formatsOf(LogFormat format) {
        return new LogFormats() {
            @Override
            public List<LogFormat> formats() {
                return List.of(format);
            }

            @Override
            public Optional<LogFormat> find(String id) {
                return format.id().equals(id) ? Optional.of(format) : formats.find(id);
            }

            @Override
            public Optional<LogFormat> detect(LogInput input) throws IOException {
                return formats.detect(input);
            }
        };
    }

    private static String ecs(int n) {
        return "{\"@timestamp\":\"2026-10-02T01:15:%02dZ\",\"event\":{\"kind\":\"event\"},\"message\":\"line %d\"}"
                .formatted(n, n);
    }
}
