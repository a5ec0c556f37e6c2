package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoRegistry;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.ImportListener;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormats;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;
import org.vigil.registry.AssetKind;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.csv.CsvRow;
import org.vigil.registry.csv.RegistryCsv;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.EventTagger;
import org.vigil.registry.testing.Samples;

/**
 * Imports through the running services (the formats, the embedded registry, the enricher it
 * provides) into the embedded store, and searches the events by their system as an operator would.
 */
class SystemTagsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final TimeRange ALL_TIME = new TimeRange(Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2100-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private SystemRegistry registry;
    private EventEnricher enricher;
    private LogFormats formats;
    private LuceneSource store;

    @BeforeEach
    void servicesAndAPortalOnItsNetwork() throws Exception {
        registry = service(SystemRegistry.class);
        enricher = service(EventEnricher.class);
        formats = service(LogFormats.class);
        registry.saveAll(Samples.agencies(), List.of(
                system("portal", 3, AssetKind.CIDR, "10.13.0.0/16", AssetKind.DOMAIN, "*.portal.gov.vn"),
                system("mail", 1, AssetKind.IP, "10.20.0.5", AssetKind.URL, "https://dvc.gov.vn/mail")));
        store = LuceneSource.inMemory(new SourceDescriptor("t", "Test", "lucene", "memory"),
                Collections.emptyIterator(), Clock.systemUTC());
    }

    @AfterEach
    void removeTheSystemsAndAgencies() throws Exception {
        store.close();
        for (InformationSystem system : registry.systems(SystemFilter.ALL)) {
            registry.delete(system.id(), system.version());
        }
        for (var agency : registry.agencies().reversed()) {
            registry.deleteAgency(agency.id());
        }
        trackers.forEach(ServiceTracker::close);
    }

    @Test
    void importedEventsAreFoundByTheLevelAndIdOfTheirSystem() throws Exception {
        importLines(ecs(1, "\"source\":{\"ip\":\"10.13.4.5\"}"), ecs(2, "\"url\":{\"domain\":\"www.portal.gov.vn\"}"),
                ecs(3, "\"destination\":{\"ip\":\"10.20.0.5\"}"), ecs(4, "\"url\":{\"original\":\"https://dvc.gov.vn/mail/inbox\"}"),
                ecs(5, "\"source\":{\"ip\":\"8.8.8.8\"}"));

        assertEquals(2, count("vigil.system.level >= 3"));
        assertEquals(2, count("vigil.system.level < 3"));
        assertEquals(2, count("vigil.system.id:mail"));
        assertEquals(1, count("not vigil.system.id:*"));
        Map<String, FieldType> types = types();
        assertEquals(FieldType.LONG, types.get(EventTagger.LEVEL), "a level is a number, so ranges work");
        assertEquals(FieldType.KEYWORD, types.get(EventTagger.ID));
    }

    @Test
    void theStoreKeepsTheIdAndLevelOfASystemAndLeavesItsNameToTheRegistry() throws Exception {
        importLines(ecs(1, "\"source\":{\"ip\":\"10.13.4.5\"}"));

        Event stored = store.search(SearchRequest.newestFirst(new EventQuery(KqlParser.parse("vigil.system.id:portal"),
                ALL_TIME), 10), Cancellation.none()).events().get(0);
        assertEquals("portal", stored.get(EventTagger.ID));
        assertEquals(3L, stored.get(EventTagger.LEVEL));
        assertNull(stored.get(EventTagger.NAME), "the name follows from the id: " + stored);
        assertEquals("Hệ thống portal", enricher.enrich(stored).get(EventTagger.NAME),
                "what the System column shows for it");
        assertFalse(types().containsKey(EventTagger.NAME));
    }

    @Test
    void anImportAfterARegistryChangeIsTaggedWithTheNewSystem() throws Exception {
        importLines(ecs(1, "\"host\":{\"name\":\"dns1.stc.gov.vn\"}"));
        assertEquals(0, count("vigil.system.id:dns"));

        registry.save(system("dns", 4, AssetKind.HOSTNAME, "dns1.stc.gov.vn", AssetKind.HOSTNAME, "dns2.stc.gov.vn"));
        importLines(ecs(1, "\"host\":{\"name\":\"dns2.stc.gov.vn\"}"));

        assertEquals(1, count("vigil.system.id:dns and vigil.system.level:4"));
        assertEquals(1, count("host.name:dns1.stc.gov.vn and not vigil.system.id:*"),
                "events stored before the change keep what they were stored with");
    }

    @Test
    void theDemoEventsCarryTheSystemsOfTheDemoRegistry() throws Exception {
        List<InformationSystem> demo;
        try (Reader systems = DemoRegistry.systems()) {
            demo = RegistryCsv.readSystems(systems, DemoRegistry.SYSTEMS).rows().stream().map(CsvRow::value).toList();
        }
        EventTagger tagger = new EventTagger(AssetMatcher.of(demo));
        DemoSettings settings = DemoSettings.standard(Instant.parse("2026-11-01T00:00:00Z"), 3_000);
        store.add(EmbeddedEventSource.demoEvents(settings, tagger::tag).iterator(), Cancellation.none());

        long sensitive = count("vigil.system.level >= 3");
        assertTrue(sensitive > 100, "demo events on level-3+ systems: " + sensitive);
        assertTrue(count("vigil.system.id:cong-ttdt-tinh") > 0);
    }

    private void importLines(String... lines) throws Exception {
        Path file = Files.createTempFile(dir, "events", ".ndjson");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        ImportReport report = new FileImporter(formats, store).enrichedWith(enricher)
                .run(ImportRequest.of(List.of(file)), ImportListener.NONE, Cancellation.none());
        assertTrue(report.complete(), report.toString());
    }

    private long count(String kql) throws Exception {
        return store.count(new EventQuery(KqlParser.parse(kql), ALL_TIME), Cancellation.none());
    }

    private Map<String, FieldType> types() throws Exception {
        Map<String, FieldType> types = new java.util.HashMap<>();
        for (FieldInfo field : store.fields(Cancellation.none())) {
            types.put(field.name(), field.type());
        }
        return types;
    }

    private static InformationSystem system(String id, int level, AssetKind kind, String asset, AssetKind otherKind,
            String other) {
        return Samples.system(id, "syt").toBuilder().level(level, "").asset(kind, asset).asset(otherKind, other).build();
    }

    private static String ecs(int second, String fields) {
        return "{\"@timestamp\":\"2026-10-02T01:15:%02dZ\",\"event\":{\"action\":\"probe\"},%s}".formatted(second, fields);
    }

    private <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(SystemTagsTest.class).getBundleContext(), type, null);
        tracker.open();
        trackers.add(tracker);
        S service = tracker.waitForService(PATIENCE.toMillis());
        assertNotNull(service, "no " + type.getName() + " service");
        return service;
    }
}
