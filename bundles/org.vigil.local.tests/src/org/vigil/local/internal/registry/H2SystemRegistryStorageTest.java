package org.vigil.local.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.registry.testing.Samples;

/** What only the embedded store does: keep its data across restarts, read the rules file, run as the service. */
class H2SystemRegistryStorageTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesAReopenAndTheSchemaIsNotCreatedTwice() throws Exception {
        InformationSystem saved;
        try (H2SystemRegistry first = new H2SystemRegistry(directory)) {
            first.saveAll(Samples.agencies(), List.of());
            saved = first.save(Samples.everyField()).system();
        }
        try (H2SystemRegistry again = new H2SystemRegistry(directory) {
            @Override
            protected void created() {
                throw new AssertionError("an existing database is not new");
            }
        }) {
            assertEquals(saved, again.system(saved.id()).orElseThrow());
            assertEquals(5, again.agencies().size());
        }
    }

    @Test
    void theRulesFileBesideTheDatabaseIsTheRegistrysOwnRules() throws Exception {
        try (H2SystemRegistry registry = new H2SystemRegistry(directory)) {
            assertTrue(registry.rulesDocument().isEmpty());
            Files.writeString(directory.resolve(H2SystemRegistry.RULES_FILE), "target.x.label = Nhãn\n",
                    StandardCharsets.UTF_8);
            assertEquals("target.x.label = Nhãn\n", registry.rulesDocument().orElseThrow());
        }
    }

    @Test
    void aDirectoryThatCannotHoldADatabaseIsAStorageError() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        try (H2SystemRegistry registry = new H2SystemRegistry(file.resolve("registry"))) {
            RegistryException failed = assertThrows(RegistryException.class, registry::agencies);
            assertEquals(RegistryException.Kind.STORAGE, failed.kind());
            assertTrue(failed.getMessage().contains("not-a-directory"), failed.getMessage());
        }
    }

    @Test
    void theEmbeddedRegistryAndComplianceRunAsServices() throws Exception {
        var context = FrameworkUtil.getBundle(H2SystemRegistryStorageTest.class).getBundleContext();
        ServiceTracker<SystemRegistry, SystemRegistry> registries = new ServiceTracker<>(context, SystemRegistry.class,
                null);
        ServiceTracker<ComplianceService, ComplianceService> compliance = new ServiceTracker<>(context,
                ComplianceService.class, null);
        registries.open();
        compliance.open();
        try {
            SystemRegistry registry = registries.waitForService(Duration.ofSeconds(10).toMillis());
            assertNotNull(registry, "no SystemRegistry service");
            assertTrue(registry instanceof EmbeddedSystemRegistry, registry.getClass().getName());
            assertEquals(List.of(), registry.systems(SystemFilter.ALL), "vigil.demo=false keeps it empty");
            ComplianceService service = compliance.waitForService(Duration.ofSeconds(10).toMillis());
            assertNotNull(service, "no ComplianceService");
            assertEquals(100, service.evaluate(LocalDate.of(2026, 9, 1)).province().percent());
        } finally {
            registries.close();
            compliance.close();
        }
    }
}
