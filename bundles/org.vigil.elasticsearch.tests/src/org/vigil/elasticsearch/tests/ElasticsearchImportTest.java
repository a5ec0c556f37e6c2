package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SourceDescriptor;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.Rejection;
import org.vigil.query.KqlParser;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.mapping.Property;

/**
 * Importing a log file into an Elasticsearch source on the real nodes: every good line findable
 * through the source, every other line listed with its line number, whether the parser or the
 * node refused it, nothing twice after a second import, and a user who may not write refused
 * before anything is sent.
 */
class ElasticsearchImportTest {

    /**
     * The fixture: two datasets, a line with its own {@code event.id} (which the import's id
     * replaces), a line that is not JSON, a line whose date does not fit the mapping (kept in the
     * field's shadow), a line with a field the node refuses in any document ({@code _id}).
     */
    private static final List<String> FIXTURE = List.of(
            "{\"@timestamp\":\"2026-05-04T08:15:00Z\",\"event.dataset\":\"fw\",\"event.id\":\"fw-0001\",\"source.ip\":\"10.20.0.7\",\"event.action\":\"deny\"}",
            "{\"@timestamp\":\"2026-05-04T08:16:00Z\",\"event.dataset\":\"fw\",\"source.ip\":\"10.20.0.8\",\"event.action\":\"allow\"}",
            "{\"@timestamp\": not json",
            "{\"@timestamp\":\"2026-05-04T08:17:00Z\",\"event.dataset\":\"web\",\"source.ip\":\"192.0.2.4\",\"event.action\":\"get\"}",
            "{\"@timestamp\":\"2026-05-04T08:18:00Z\",\"event.dataset\":\"web\",\"event.created\":\"yesterday\",\"event.action\":\"post\"}",
            "{\"@timestamp\":\"2026-05-04T08:19:00+07:00\",\"event.dataset\":\"web\",\"source.ip\":\"10.20.0.7\",\"event.action\":\"deny\"}",
            "{\"@timestamp\":\"2026-05-04T08:20:00Z\",\"event.dataset\":\"web\",\"_id\":\"mine\",\"event.action\":\"put\"}");
    private static final int GOOD_LINES = 5;
    private static final int LONG_FILE = 200_000;
    private static final int WRITER_FILE = 20_000;
    // The writer cannot refresh: its import waits for the node's periodic refresh (1 s, or the
    // next search on an idle shard) before it counts. Far above that, far below the 30 s it would
    // wait for documents that never show.
    private static final Duration WRITER_IMPORT_LIMIT = Duration.ofSeconds(20);
    private static final TimeRange MAY = new TimeRange(Instant.parse("2026-05-01T00:00:00Z"),
            Instant.parse("2026-06-01T00:00:00Z"));

    private static ElasticsearchConnector connector;
    private static LogFormats formats;

    @TempDir
    Path dir;

    private final String prefix = "vigil-it-imp-" + UUID.randomUUID().toString().substring(0, 8);
    private ElasticsearchConnection admin;

    @BeforeAll
    static void findServices() throws Exception {
        connector = EsNodes.connector();
        ServiceTracker<LogFormats, LogFormats> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ElasticsearchImportTest.class).getBundleContext(), LogFormats.class, null);
        tracker.open();
        formats = tracker.waitForService(10_000);
    }

    @AfterEach
    void dropIndices() throws Exception {
        if (admin != null) {
            // The node deletes indices by name only.
            List<String> names = List.copyOf(
                    admin.call(client -> client.indices().get(g -> g.index(prefix + "-*"))).indices().keySet());
            if (!names.isEmpty()) {
                admin.call(client -> client.indices().delete(d -> d.index(names)));
            }
            if (admin.call(client -> client.indices().existsIndexTemplate(e -> e.name(prefix))).value()) {
                admin.call(client -> client.indices().deleteIndexTemplate(d -> d.name(prefix)));
            }
            admin.close();
        }
    }

    @Test
    void everyGoodLineIsFoundAndEveryOtherIsListedWithItsLine() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.plain()), prefix + "-*");

        FileReport file = importFixture(source).files().get(0);

        assertEquals(FileReport.Outcome.IMPORTED, file.outcome(), file.reason().orElse(""));
        assertEquals(FIXTURE.size(), file.linesRead());
        assertEquals(GOOD_LINES, file.eventsImported());
        assertEquals(List.of(3L, 7L), file.rejections().stream().map(Rejection::lineNumber).toList());
        Rejection refusedByNode = file.rejections().get(1);
        assertTrue(refusedByNode.reason().contains(prefix + "-web") && refusedByNode.reason().contains("_id"),
                refusedByNode.reason());
        assertEquals(GOOD_LINES, count(source, "*"));
        assertEquals(2, count(source, "event.action:deny"));
        assertEquals(3, count(source, "source.ip:10.20.0.0/16"));
        assertEquals(1, count(source, "vigil.timestamp.original:\"2026-05-04T08:19:00+07:00\""),
                "the time as the line wrote it, beside @timestamp in UTC");
        assertEquals(1, count(source, "event.created:yesterday"));
        // The file's own event.id is replaced by the import's id, on both engines.
        assertEquals(0, count(source, "event.id:fw-0001"));
    }

    @Test
    void eachDatasetHasItsIndexWithVigilsMapping() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.plain()), prefix + "-*");

        importFixture(source);

        var mappings = admin.call(client -> client.indices().getMapping(g -> g.index(prefix + "-*"))).mappings();
        assertEquals(List.of(prefix + "-fw", prefix + "-web"), mappings.keySet().stream().sorted().toList());
        var web = mappings.get(prefix + "-web").mappings().properties();
        assertEquals(Property.Kind.Date, web.get("event.created")._kind());
        assertEquals(Property.Kind.Ip, web.get("source.ip")._kind());
        assertEquals(Property.Kind.Keyword, web.get("event.action")._kind());
        assertEquals(Property.Kind.Keyword, web.get("vigil.conflict.event.created")._kind());
        assertEquals(Property.Kind.Keyword, web.get("vigil.timestamp.original")._kind());
        // On a one-node cluster an index that waits for a replica stays yellow for ever.
        assertEquals(HealthStatus.Green,
                admin.call(client -> client.cluster().health(h -> h.index(prefix + "-*"))).status());
    }

    @Test
    void importingAgainAddsNothing() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.plain()), prefix + "-*");
        importFixture(source);

        ImportReport again = importFixture(source);

        assertEquals(GOOD_LINES, again.eventsImported());
        assertEquals(GOOD_LINES, count(source, "*"));
    }

    @Test
    void aSourceThatWouldNotFindTheImportedEventsIsRefusedBeforeReading() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.plain()), "logs-*");

        FileReport file = importFixture(source).files().get(0);

        assertEquals(FileReport.Outcome.FAILED, file.outcome());
        assertTrue(file.reason().orElseThrow().contains(prefix + "-*"), file.reason().orElseThrow());
        assertEquals(0, file.linesRead());
    }

    @Test
    void theSecureNodeTakesAnImportOverTls() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.secure().admin()), prefix + "-*");

        FileReport file = importFixture(source).files().get(0);

        assertEquals(GOOD_LINES, file.eventsImported(), file.reason().orElse(""));
        assertEquals(GOOD_LINES, count(source, "*"));
    }

    @Test
    void aReadOnlyUserIsRefusedBeforeAnythingIsSent() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        admin(secure.admin());
        try (ElasticsearchConnection reader = connector.open(secure.reader())) {
            FileReport file = importFixture(source(reader, prefix + "-*")).files().get(0);

            assertEquals(FileReport.Outcome.FAILED, file.outcome());
            String reason = file.reason().orElseThrow();
            assertTrue(reason.contains("not allowed to write " + prefix + "-*") && reason.contains("vigil_reader"),
                    reason);
            assertEquals(0, file.linesRead());
        }
        assertTrue(admin.call(client -> client.indices().get(g -> g.index(prefix + "-*"))).indices().isEmpty());
    }

    @Test
    void aUserWhoMayOnlyWriteVigilIndicesImportsEveryLineWithoutRefreshingOrTemplates() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        admin(secure.admin());
        Path file = dir.resolve("writer.ndjson");
        Files.write(file, IntStream.range(0, WRITER_FILE).mapToObj(i -> "{\"@timestamp\":\"2026-05-04T08:15:00Z\","
                + "\"event.dataset\":\"" + (i % 3 == 0 ? "fw" : "web") + "\",\"message\":\"line " + i + "\"}").toList());
        try (ElasticsearchConnection writer = connector.open(secure.writer())) {
            ElasticsearchEventSource source = source(writer, prefix + "-*");
            long started = System.nanoTime();

            FileReport report = new FileImporter(formats, source).run(ImportRequest.of(List.of(file)),
                    ImportListener.NONE, Cancellation.none()).files().get(0);

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(FileReport.Outcome.IMPORTED, report.outcome(), report.reason().orElse(""));
            assertEquals(WRITER_FILE, report.eventsImported());
            assertEquals(WRITER_FILE, count(source, "*"));
            assertEquals(WRITER_FILE / 3 + 1, count(source, "event.dataset:fw"));
            assertTrue(took.compareTo(WRITER_IMPORT_LIMIT) < 0, "the writer's import took " + took);
            System.out.println("A user without the maintenance privilege imported " + WRITER_FILE + " lines in "
                    + took.toMillis() + " ms");
        }
        assertFalse(admin.call(client -> client.indices().existsIndexTemplate(e -> e.name(prefix))).value(),
                "the writer may not put templates; the index creation carries the mapping");
    }

    @Test
    void aWriterIsRefusedOutsideVigilIndicesBeforeAnythingIsSent() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        admin(secure.admin());
        String elsewhere = "other" + prefix;
        try (ElasticsearchConnection writer = connector.open(secure.writer())) {
            ElasticsearchEventSource source = new ElasticsearchEventSource(new SourceDescriptor("team-import",
                    "Team import", "elasticsearch", elsewhere + "-*"), writer, elsewhere + "-*", Event.TIMESTAMP,
                    Clock.systemUTC(), elsewhere);

            FileReport file = importFixture(source).files().get(0);

            assertEquals(FileReport.Outcome.FAILED, file.outcome());
            String reason = file.reason().orElseThrow();
            assertTrue(reason.contains("vigil_writer is not allowed to write " + elsewhere + "-*")
                    && reason.contains("Nothing was sent"), reason);
            assertEquals(0, file.linesRead());
        }
        assertTrue(admin.call(client -> client.indices().get(g -> g.index(elsewhere + "-*"))).indices().isEmpty());
    }

    @Test
    void aWrongPasswordIsReportedNamingTheSourceBeforeAnythingIsSent() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        admin(secure.admin());
        ConnectionProfile wrong = secure.admin().withCredentials(secure.admin().username(), "not-the-password");
        try (ElasticsearchConnection intruder = connector.open(wrong)) {
            FileReport file = importFixture(source(intruder, prefix + "-*")).files().get(0);

            assertEquals(FileReport.Outcome.FAILED, file.outcome());
            String reason = file.reason().orElseThrow();
            assertTrue(reason.contains("team-import") && reason.contains(secure.admin().username()), reason);
            assertEquals(0, file.linesRead());
        }
        assertTrue(admin.call(client -> client.indices().get(g -> g.index(prefix + "-*"))).indices().isEmpty());
    }

    @Test
    void cancellingStopsTheImportAndKeepsWhatWasWritten() throws Exception {
        ElasticsearchEventSource source = source(admin(EsNodes.plain()), prefix + "-*");
        Path file = dir.resolve("long.ndjson");
        Files.write(file, IntStream.range(0, LONG_FILE).mapToObj(i -> "{\"@timestamp\":\"2026-05-04T08:15:00Z\","
                + "\"event.dataset\":\"fw\",\"message\":\"line " + i + "\"}").toList());
        Cancellation cancellation = new Cancellation();

        ImportReport report = new FileImporter(formats, source).run(
                ImportRequest.of(List.of(file)).withBatchSize(1_000), progress -> cancellation.cancel(), cancellation);

        FileReport only = report.files().get(0);
        assertEquals(FileReport.Outcome.CANCELLED, only.outcome(), only.reason().orElse(""));
        assertTrue(report.cancelled());
        long found = count(source, "*");
        assertTrue(found >= only.eventsImported() && found < LONG_FILE,
                "found " + found + ", imported " + only.eventsImported());
    }

    private ElasticsearchConnection admin(ConnectionProfile profile) throws Exception {
        admin = connector.open(profile);
        return admin;
    }

    private ElasticsearchEventSource source(ElasticsearchConnection connection, String pattern) {
        return new ElasticsearchEventSource(new SourceDescriptor("team-import", "Team import", "elasticsearch",
                pattern), connection, pattern, Event.TIMESTAMP, Clock.systemUTC(), prefix);
    }

    private ImportReport importFixture(ElasticsearchEventSource source) throws IOException {
        Path file = dir.resolve("mixed.ndjson");
        Files.write(file, FIXTURE);
        return new FileImporter(formats, source).run(ImportRequest.of(List.of(file)), ImportListener.NONE,
                Cancellation.none());
    }

    private static long count(ElasticsearchEventSource source, String kql) throws Exception {
        return source.count(new EventQuery(KqlParser.parse(kql), MAY), Cancellation.none());
    }
}
