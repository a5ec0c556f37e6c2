package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.ImportTarget;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormats;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

import co.elastic.clients.elasticsearch._types.mapping.Property;

/**
 * The conflict policy of issue 10 on both engines: the lines of {@link ConflictFixture}, imported
 * by the same importer into the embedded store and into the real node, are all there on both, the
 * import summaries list the conflicting fields, and every query over those fields gives the count a
 * person expects, the same on both engines.
 */
class ConflictsCrossEngineTest {

    private static final String PREFIX = "vigil-it-conflicts-" + UUID.randomUUID().toString().substring(0, 8);

    private static ElasticsearchConnection connection;
    private static LuceneSource embedded;
    private static ElasticsearchEventSource elasticsearch;
    private static ImportReport embeddedReport;
    private static ImportReport elasticsearchReport;
    private static Path dir;
    private static LogFormats formats;

    @BeforeAll
    static void importIntoBothEngines() throws Exception {
        ServiceTracker<LogFormats, LogFormats> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ConflictsCrossEngineTest.class).getBundleContext(), LogFormats.class, null);
        tracker.open();
        formats = tracker.waitForService(10_000);
        dir = Files.createTempDirectory("vigil-conflicts");
        Path file = Files.write(dir.resolve("conflicts.ndjson"), ConflictFixture.LINES);
        connection = EsNodes.connector().open(EsNodes.plain());
        embedded = LuceneSource.inMemory(new SourceDescriptor("conflicts-embedded", "Embedded", "lucene", "memory"),
                Collections.emptyIterator(), Clock.systemUTC());
        elasticsearch = new ElasticsearchEventSource(new SourceDescriptor("conflicts-es", "Elasticsearch",
                "elasticsearch", PREFIX + "-*"), connection, PREFIX + "-*", Event.TIMESTAMP, Clock.systemUTC(), PREFIX);
        embeddedReport = importInto(formats, embedded, file);
        elasticsearchReport = importInto(formats, elasticsearch, file);
    }

    @AfterAll
    static void dropBothEngines() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (connection != null) {
            List<String> names = List.copyOf(
                    connection.call(client -> client.indices().get(g -> g.index(PREFIX + "-*"))).indices().keySet());
            if (!names.isEmpty()) {
                connection.call(client -> client.indices().delete(d -> d.index(names)));
            }
            connection.call(client -> client.indices().deleteIndexTemplate(d -> d.name(PREFIX)));
            connection.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    static Stream<Arguments> queries() {
        return ConflictFixture.QUERIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(query -> Arguments.of(query.getKey(), query.getValue()));
    }

    @Test
    void everyLineIsImportedOnBothEngines() throws Exception {
        for (ImportReport report : List.of(embeddedReport, elasticsearchReport)) {
            FileReport file = report.files().get(0);
            assertEquals(FileReport.Outcome.IMPORTED, file.outcome(), file.reason().orElse(""));
            assertEquals(ConflictFixture.LINES.size(), file.eventsImported());
            assertEquals(List.of(), file.rejections());
        }
        assertEquals(ConflictFixture.LINES.size(), count(embedded, "*"));
        assertEquals(ConflictFixture.LINES.size(), count(elasticsearch, "*"));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("queries")
    void bothEnginesFindWhatAPersonExpects(String kql, long expected) throws Exception {
        assertEquals(expected, count(embedded, kql), kql + " on the embedded store");
        assertEquals(expected, count(elasticsearch, kql), kql + " on Elasticsearch");
    }

    /**
     * The embedded store has one type per field for all datasets, so Zeek's {@code version} text
     * goes to the shadow there, while each Elasticsearch dataset index has its own type.
     */
    @Test
    void theSummariesListTheConflictingFieldsAndWhereTheOtherValuesAre() {
        Conflict keywords = new Conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 3);
        Conflict address = new Conflict("source.ip", FieldType.IP, FieldType.KEYWORD, 1);

        assertEquals(List.of(keywords, address, new Conflict("version", FieldType.LONG, FieldType.KEYWORD, 2)),
                embeddedReport.conflicts());
        assertEquals(List.of(keywords, address), elasticsearchReport.conflicts());
        assertEquals("vigil.conflict.Keywords", keywords.shadowField());
    }

    @Test
    void elasticsearchKeepsEachDatasetsTypeAndDottedNamesAsLeaves() throws Exception {
        var mappings = connection.call(client -> client.indices().getMapping(g -> g.index(PREFIX + "-*"))).mappings();

        assertEquals(Property.Kind.Long, mappings.get(PREFIX + "-zeek.ntp").mappings().properties().get("version")._kind());
        assertEquals(Property.Kind.Keyword, mappings.get(PREFIX + "-zeek.ssl").mappings().properties().get("version")._kind());
        var windows = mappings.get(PREFIX + "-windows.security").mappings().properties();
        assertEquals(Property.Kind.Long, windows.get("Keywords")._kind());
        assertEquals(Property.Kind.Keyword, windows.get("vigil.conflict.Keywords")._kind());
        assertTrue(windows.containsKey("host") && windows.containsKey("host.name"), windows.keySet().toString());
        var conn = mappings.get(PREFIX + "-zeek.conn").mappings().properties();
        assertTrue(conn.containsKey("id") && conn.containsKey("id.orig_h"), conn.keySet().toString());
    }

    @Test
    void bothEnginesReadTheShadowedRecordBackAlike() throws Exception {
        EventQuery mixed = new EventQuery(KqlParser.parse("Keywords:32 and Keywords:0x8020000000000000"),
                ConflictFixture.DAY);

        Event fromEmbedded = embedded.search(SearchRequest.newestFirst(mixed, 10), Cancellation.none())
                .events().get(0);
        Event fromElasticsearch = elasticsearch
                .search(SearchRequest.newestFirst(mixed, 10), Cancellation.none()).events().get(0);

        assertEquals(fromEmbedded, fromElasticsearch);
        assertEquals(32L, fromEmbedded.get("Keywords"));
        assertEquals("0x8020000000000000", fromEmbedded.get("vigil.conflict.Keywords"));
        assertEquals("Keywords", fromEmbedded.get("vigil.conflict.fields"));
        assertEquals(fromEmbedded.id(), fromEmbedded.get("event.id"));
    }

    /**
     * A later import into an index that has the field already checks values against the index's
     * type, not against its own first value: a hex string first is still shadowed in a long field.
     */
    @Test
    void aLaterImportChecksValuesAgainstTheTypesTheIndexHas() throws Exception {
        Path later = Files.write(dir.resolve("later.ndjson"), List.of(
                "{\"@timestamp\":\"2026-11-11T01:00:00Z\",\"event.dataset\":\"windows.security\",\"Keywords\":\"0x8040000000000000\"}",
                "{\"@timestamp\":\"2026-11-11T01:01:00Z\",\"event.dataset\":\"windows.security\",\"Keywords\":64}"));

        ImportReport report = importInto(formats, elasticsearch, later);

        assertEquals(2, report.eventsImported(), report.files().get(0).reason().orElse(""));
        assertEquals(List.of(new Conflict("Keywords", FieldType.LONG, FieldType.KEYWORD, 1)), report.conflicts());
        assertEquals(1, elasticsearch.count(new EventQuery(KqlParser.parse("Keywords:0x8040000000000000"),
                new TimeRange(ConflictFixture.DAY.to(), ConflictFixture.DAY.to().plusSeconds(86_400))),
                Cancellation.none()));
    }

    private static ImportReport importInto(LogFormats formats, ImportTarget target, Path file) {
        return new FileImporter(formats, target).run(ImportRequest.of(List.of(file)), ImportListener.NONE,
                Cancellation.none());
    }

    private static long count(EventSource source, String kql) throws Exception {
        return source.count(new EventQuery(KqlParser.parse(kql), ConflictFixture.DAY), Cancellation.none());
    }
}
