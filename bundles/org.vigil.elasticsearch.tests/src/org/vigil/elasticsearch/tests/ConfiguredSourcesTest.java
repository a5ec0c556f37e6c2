package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.cases.CaseStores;
import org.vigil.cases.StoreInfo;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.internal.SourcesFile;
import org.vigil.elasticsearch.sources.ConfiguredSources;
import org.vigil.elasticsearch.sources.SourceSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;
import org.vigil.events.internal.settings.Secrets;
import org.vigil.query.KqlParser;
import org.vigil.registry.SystemRegistry;

/**
 * Sources configured in the workspace's {@code sources.properties}: the file's rules, and a
 * configured source reaching the registry (with its case store) and counting on the real plain node.
 */
class ConfiguredSourcesTest {

    private static final long WAIT_MILLIS = 20_000;

    @Test
    void badEntriesAreReportedWithKeyAndReasonAndTheOthersKept() {
        Properties properties = new Properties();
        properties.putAll(Map.of("source.soc.url", "http://es.soc.local:9200", "source.soc.name", "SOC logs",
                "source.soc.user", "reader", "source.ftp.url", "ftp://files", "source.noUrl.index", "x-*",
                "sources.typo", "1"));

        SourcesFile.Result result = SourcesFile.parse(Path.of("ws/sources.properties"), properties);

        assertEquals(List.of("soc"), result.sources().stream().map(s -> s.id()).toList());
        assertEquals("logs-*", result.sources().get(0).index());
        assertEquals("reader", result.sources().get(0).user());
        assertEquals(List.of("source.ftp.url", "source.noUrl.url", "sources.typo"),
                result.problems().stream().map(SourcesFile.Problem::key).sorted().toList());
        String message = result.problems().get(0).message();
        assertTrue(message.startsWith("ws/sources.properties: "), message);
    }

    @Test
    void theRegistrySourceMustBeAUsableSource() {
        Properties properties = new Properties();
        properties.putAll(Map.of("source.soc.url", "http://es.soc.local:9200", "source.ftp.url", "ftp://files",
                "registry.source", "soc"));
        assertEquals("soc", SourcesFile.parse(Path.of("sources.properties"), properties).registrySource());

        properties.put("registry.source", "ftp");
        SourcesFile.Result broken = SourcesFile.parse(Path.of("sources.properties"), properties);
        assertEquals(null, broken.registrySource());
        assertEquals(List.of("registry.source", "source.ftp.url"),
                broken.problems().stream().map(SourcesFile.Problem::key).sorted().toList());
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("the embedded registry is used")));
    }

    @Test
    void theRegistrySourcePublishesTheTeamRegistryAboveTheEmbeddedOneAndKeepsItsLineWhenSourcesAreSaved()
            throws Exception {
        Path file = workspaceFile();
        Files.writeString(file, String.join("\n", "source.it-team.url = " + EsNodes.plain().nodes().get(0),
                "source.it-team.name = Team SOC", "registry.source = it-team", ""));
        try {
            restartElasticsearchBundle();
            ServiceReference<SystemRegistry> team = awaitRegistry("it-team");
            assertEquals(200, team.getProperty(Constants.SERVICE_RANKING));
            assertEquals(team, context().getServiceReference(SystemRegistry.class), "the highest-ranked registry");
            String location = context().getService(team).location();
            assertTrue(location.contains("Team SOC (registry)") && location.contains("vigil-registry-systems"), location);

            service(ConfiguredSources.class).save(new SourceSettings("it-other", "Other", EsNodes.plain().nodes().get(0),
                    "logs-*", "@timestamp", null, null), null);
            assertTrue(Files.readString(file).contains("registry.source = it-team"), Files.readString(file));
        } finally {
            Files.delete(file);
            restartElasticsearchBundle();
        }
        assertTrue(context().getServiceReferences(SystemRegistry.class, "(vigil.registry.store=*)").isEmpty(),
                "without registry.source no team registry is published");
    }

    @Test
    void passwordsComeFromTheEnvironmentWhenSecureStorageHasNone() {
        assertEquals("VIGIL_SOURCE_SOC_LOGS_PASSWORD", Secrets.variable("soc-logs", "password"));
        assertEquals(Optional.of("s3cret"), new Secrets(null,
                name -> "VIGIL_SOURCE_SOC_LOGS_PASSWORD".equals(name) ? "s3cret" : null).find("soc-logs", "password"));
    }

    @Test
    void aConfiguredSourceAppearsInTheRegistryAndCounts() throws Exception {
        URI node = EsNodes.plain().nodes().get(0);
        try (ElasticsearchConnection connection = EsNodes.connector().open(EsNodes.plain());
                EcsIndex index = EcsIndex.create(connection)) {
            Path file = workspaceFile();
            Files.writeString(file, String.join("\n", "source.it-conf.url = " + node,
                    "source.it-conf.name = Configured in the test", "source.it-conf.index = " + index.name(),
                    "source.broken.url = not a url", ""));
            try {
                restartElasticsearchBundle();
                RegisteredSource source = awaitSource("it-conf", "Configured in the test");
                assertEquals("elasticsearch", source.descriptor().kind());
                assertEquals(2, countLogonFailures(source));
                assertTrue(registry().find("broken").isEmpty(), "a bad entry is skipped");
            } finally {
                Files.delete(file);
                restartElasticsearchBundle();
            }
        }
    }

    @Test
    void aSourceSavedInTheFormIsPublishedAtOnceChangedInPlaceAndWithdrawnWhenRemoved() throws Exception {
        ConfiguredSources sources = service(ConfiguredSources.class);
        try (ElasticsearchConnection connection = EsNodes.connector().open(EsNodes.plain());
                EcsIndex index = EcsIndex.create(connection)) {
            SourceSettings settings = new SourceSettings("it-form", "Saved in the form", EsNodes.plain().nodes().get(0),
                    index.name(), "@timestamp", null, null);
            assertFalse(sources.check(settings, null).version().isBlank());

            sources.save(settings, null);
            CaseStores caseStores = service(CaseStores.class);
            try {
                assertEquals(2, countLogonFailures(awaitSource("it-form", "Saved in the form")));
                StoreInfo cases = caseStores.find("it-form").orElseThrow().info();
                assertTrue(cases.name().contains("Saved in the form") && cases.location().contains("vigil-cases-audit"),
                        cases.toString());
                sources.save(new SourceSettings("it-form", "Renamed", settings.url(), settings.index(),
                        settings.timestamp(), null, null), null);
                assertEquals(2, countLogonFailures(awaitSource("it-form", "Renamed")));
                assertTrue(sources.sources().stream().anyMatch(s -> s.name().equals("Renamed")));
            } finally {
                sources.remove("it-form");
            }
            assertTrue(registry().find("it-form").isEmpty(), "a removed source is withdrawn");
            assertTrue(caseStores.find("it-form").isEmpty(), "and so is its case store");
            assertFalse(Files.readString(workspaceFile()).contains("it-form"));
        }
    }

    @Test
    void aSourceWithAUserKeepsItsPasswordInSecureStorageNotInTheFile() throws Exception {
        ConfiguredSources sources = service(ConfiguredSources.class);
        EsNodes.Secure secure = EsNodes.secure();
        ConnectionProfile admin = secure.admin();
        try (ElasticsearchConnection connection = EsNodes.connector().open(admin);
                EcsIndex index = EcsIndex.create(connection)) {
            SourceSettings settings = new SourceSettings("it-secure-form", "Secure", admin.nodes().get(0), index.name(),
                    "@timestamp", admin.username(), admin.caCertificate());
            ConnectionFailedException wrong = assertThrows(ConnectionFailedException.class,
                    () -> sources.check(settings, "not-the-password"));
            assertEquals(ConnectionFailedException.Reason.AUTHENTICATION, wrong.reason());

            sources.save(settings, admin.password());
            try {
                assertTrue(sources.hasPassword("it-secure-form"));
                assertEquals(2, countLogonFailures(awaitSource("it-secure-form", "Secure")));
                assertFalse(Files.readString(workspaceFile()).contains(admin.password()));
                assertFalse(sources.check(settings, null).clusterName().isBlank(), "the stored password is used");
            } finally {
                sources.remove("it-secure-form");
            }
            assertFalse(sources.hasPassword("it-secure-form"), "removing a source forgets its password");
        }
    }

    private static long countLogonFailures(RegisteredSource source) throws Exception {
        return source.source().count(new EventQuery(KqlParser.parse("event.action:logon-failed"),
                new TimeRange(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-10T00:00:00Z"))),
                Cancellation.none());
    }

    private static RegisteredSource awaitSource(String id, String name) throws Exception {
        SourceRegistry registry = registry();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (registry.find(id).filter(s -> s.descriptor().displayName().equals(name)).isEmpty()
                && System.currentTimeMillis() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return registry.find(id).filter(s -> s.descriptor().displayName().equals(name))
                .orElseThrow(() -> new AssertionError("no source " + id + " named " + name + " in " + registry.sources()));
    }

    private static ServiceReference<SystemRegistry> awaitRegistry(String store) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            var found = context().getServiceReferences(SystemRegistry.class, "(vigil.registry.store=" + store + ")");
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("no team registry of source " + store);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T service = tracker.waitForService(WAIT_MILLIS);
        assertNotNull(service, "no " + type.getSimpleName() + " service");
        return service;
    }

    private static Path workspaceFile() throws Exception {
        String area = context().getProperty("osgi.instance.area");
        Path workspace = Path.of(new URI(area.replace(" ", "%20")));
        Files.createDirectories(workspace);
        return workspace.resolve(SourcesFile.FILE_NAME);
    }

    private static void restartElasticsearchBundle() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SourcesFile.class);
        bundle.stop();
        bundle.start();
    }

    private static SourceRegistry registry() throws InterruptedException {
        return service(SourceRegistry.class);
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(ConfiguredSourcesTest.class).getBundleContext();
    }
}
