package org.vigil.events.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.FieldType;
import org.vigil.events.Cancellation;
import org.vigil.events.EventSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceProfile;
import org.vigil.events.SourceRegistry;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportProgress;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.Rejection;

/**
 * What the import dialog decides and shows, without the dialog: the stores offered, the report of
 * a real import into the embedded store, and the rejected lines as CSV.
 */
class ImportLogicTest {

    private static final long PATIENCE_MILLIS = 30_000;

    @TempDir
    Path dir;

    private final BundleContext context = FrameworkUtil.getBundle(ImportDialog.class).getBundleContext();
    private ServiceTracker<SourceRegistry, SourceRegistry> registryTracker;
    private ServiceTracker<LogFormats, LogFormats> formatsTracker;
    private SourceRegistry registry;

    @BeforeEach
    void services() throws InterruptedException {
        registryTracker = new ServiceTracker<>(context, SourceRegistry.class, null);
        registryTracker.open();
        formatsTracker = new ServiceTracker<>(context, LogFormats.class, null);
        formatsTracker.open();
        registry = registryTracker.waitForService(PATIENCE_MILLIS);
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while ((registry.find(ImportTargets.EMBEDDED).isEmpty() || registry.find("example").isEmpty())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    @AfterEach
    void close() {
        registryTracker.close();
        formatsTracker.close();
    }

    @Test
    void onlyStoresThatAcceptEventsAreOfferedTheEmbeddedOneFirst() {
        List<RegisteredSource> sources = new ArrayList<>(registry.sources());
        sources.addFirst(readOnly());
        List<RegisteredSource> offered = ImportTargets.of(sources);
        assertEquals(List.of(ImportTargets.EMBEDDED), offered.stream().map(s -> s.descriptor().id()).toList(),
                "the example source reads its folder's files and takes no imports; a read-only view takes none either");
        assertEquals(ImportTargets.EMBEDDED, ImportTargets.of(sources.reversed()).get(0).descriptor().id(),
                "the embedded store comes first whatever its ranking");
    }

    @Test
    void aReadOnlySourceCannotBeTheTarget() {
        assertThrows(IllegalArgumentException.class,
                () -> new ImportChoice(List.of(dir.resolve("x.log")), Optional.empty(), ZoneOffset.UTC, readOnly()));
    }

    /** The example source seen through a view that only reads, as an Elasticsearch source is. */
    private RegisteredSource readOnly() {
        EventSource example = registry.find("example").orElseThrow().source();
        return new RegisteredSource(new SourceView(example,
                new SourceDescriptor("read-only", "Read-only", "test", "nowhere"), SourceProfile.NONE), "tests", 50);
    }

    @Test
    void aRealImportReportsTheBrokenLineByNumberAndTheCsvListsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("firewall.ndjson"),
                event(1) + "\n{\"@timestamp\": broken\n" + event(3) + "\n");
        ImportChoice choice = new ImportChoice(List.of(file), Optional.empty(), ZoneOffset.UTC,
                registry.find(ImportTargets.EMBEDDED).orElseThrow());
        List<ImportProgress> told = new ArrayList<>();

        ImportReport report = new Importers(formatsTracker.waitForService(PATIENCE_MILLIS), null).into(choice.importTarget())
                .run(choice.request(), told::add, Cancellation.none());

        assertEquals(2, report.eventsImported());
        String csv = RejectionsCsv.text(report.rejections());
        String[] lines = csv.split("\r\n");
        assertEquals("file,line,reason", lines[0]);
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith(file + ",2,"), csv);
        assertTrue(ImportTexts.progress(told.getLast(), Duration.ofSeconds(1)).startsWith("File 1 of 1"),
                ImportTexts.progress(told.getLast(), Duration.ofSeconds(1)));
        assertTrue(ImportTexts.file(report.files().get(0)).contains("rejected lines: 1"),
                ImportTexts.file(report.files().get(0)));
        assertEquals(Messages.Import_incomplete, ImportTexts.headline(report), "a rejected line is not a complete import");
    }

    @Test
    void csvQuotesFileNamesAndReasonsThatNeedIt() {
        String csv = RejectionsCsv.text(List.of(new Rejection("logs,old/a.log", 7, "The value \"x\" is bad, really"),
                new Rejection("b.log", 12, "Not syslog")));
        assertEquals("file,line,reason\r\n\"logs,old/a.log\",7,\"The value \"\"x\"\" is bad, really\"\r\n"
                + "b.log,12,Not syslog\r\n", csv);
    }

    @Test
    void aCancelledImportSaysThatWhatWasWrittenStays() {
        ImportReport cancelled = new ImportReport(List.of(new FileReport("a.log", FileReport.Outcome.CANCELLED,
                Optional.of("syslog"), Optional.empty(), 10, 9, List.of())), true);
        String total = ImportTexts.total(cancelled, 3, Duration.ofMillis(1500), "Embedded");
        assertTrue(total.startsWith("9 events imported from 0 of 3 files into Embedded in 1.5 s"), total);
        assertEquals(Messages.Import_cancelledKept, ImportTexts.headline(cancelled));
        assertTrue(ImportTexts.file(cancelled.files().get(0)).contains("cancelled after 10 lines"),
                ImportTexts.file(cancelled.files().get(0)));
    }

    @Test
    void aConflictSaysWhereTheValuesOfAnotherTypeWereKept() {
        ImportReport report = new ImportReport(List.of(new FileReport("a.ndjson", FileReport.Outcome.IMPORTED,
                Optional.of("ecs.ndjson"), Optional.empty(), 5, 5, List.of(),
                List.of(new Conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 3)))), false);

        assertEquals(List.of("Keywords: long; keyword values kept in vigil.conflict.Keywords: 3"),
                report.conflicts().stream().map(ImportTexts::conflict).toList());
        assertEquals(Messages.Import_complete, ImportTexts.headline(report), "every line was imported");
    }

    @Test
    void theRateIsEventsPerSecondEvenRightAtTheStart() {
        assertEquals(2_500, ImportTexts.rate(5_000, Duration.ofSeconds(2)));
        assertEquals(5_000_000, ImportTexts.rate(5_000, Duration.ZERO));
    }

    @Test
    void aFolderGivesItsVisibleFilesByName() throws IOException {
        Files.writeString(dir.resolve("b.log"), "x");
        Files.writeString(dir.resolve("a.log.gz"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.createDirectory(dir.resolve("old"));
        assertEquals(List.of(dir.resolve("a.log.gz"), dir.resolve("b.log")), ImportChoice.filesIn(dir));
    }

    private static String event(int second) {
        return "{\"@timestamp\":\"2026-08-14T03:00:%02dZ\",\"event\":{\"kind\":\"event\"},\"message\":\"ui import %d\"}"
                .formatted(second, second);
    }
}
