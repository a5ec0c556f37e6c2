package org.vigil.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoRegistry;
import org.vigil.demo.DemoSettings;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.compliance.ComplianceCalculator;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.csv.CsvImport;
import org.vigil.registry.csv.CsvImportReport;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.SystemRef;
import org.vigil.registry.testing.InMemorySystemRegistry;

/** The demo province's registry imports whole, matches the demo events, and has some systems late. */
class DemoRegistryTest {

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();
    private CsvImportReport report;

    @BeforeEach
    void load() throws Exception {
        try (Reader agencies = DemoRegistry.agencies(); Reader systems = DemoRegistry.systems()) {
            report = new CsvImport(registry).run(new CsvImport.Source(DemoRegistry.AGENCIES, agencies),
                    new CsvImport.Source(DemoRegistry.SYSTEMS, systems));
        }
    }

    @Test
    void aboutThirtySystemsOfADozenAgenciesImportWithoutARejectionOrWarning() throws Exception {
        assertEquals(List.of(), report.rejections());
        assertEquals(List.of(), report.warnings());
        List<InformationSystem> systems = registry.systems(SystemFilter.ALL);
        assertEquals(31, systems.size());
        assertEquals(23, registry.agencies().size());
        Set<String> owners = new HashSet<>();
        Set<Integer> levels = new HashSet<>();
        systems.forEach(system -> {
            owners.add(system.agencyId());
            levels.add(system.level());
        });
        assertTrue(owners.size() >= 12, owners.toString());
        assertEquals(Set.of(1, 2, 3), levels);
    }

    @Test
    void theDemoEventsAreLinkedToTheirSystems() throws Exception {
        AssetMatcher matcher = AssetMatcher.of(registry.systems(SystemFilter.ALL));
        DemoData demo = new DemoData(DemoSettings.standard(Instant.parse("2026-11-01T00:00:00Z"), 20_000));
        Set<String> matched = new HashSet<>();
        long linked = 0;
        long webAttacks = 0;
        long webAttacksOnPortals = 0;
        for (Event event : (Iterable<Event>) demo.events()::iterator) {
            List<SystemRef> systems = matcher.event(event);
            systems.forEach(system -> matched.add(system.id()));
            linked += systems.isEmpty() ? 0 : 1;
            if ("web-attack".equals(event.get("event.action"))) {
                webAttacks++;
                webAttacksOnPortals += systems.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(linked > 20_000 * 0.3, "events linked to a system: " + linked);
        assertTrue(webAttacksOnPortals > webAttacks / 2, webAttacksOnPortals + " of " + webAttacks);
        assertTrue(matched.containsAll(Set.of("cong-ttdt-tinh", "ttpvhcc-dvc", "stttt-portal", "stc-lan", "syt-lan",
                "ubnd-tp-portal")), matched.toString());
    }

    @Test
    void someSystemsAreOverdueAndSomeAreNot() throws Exception {
        ComplianceReport compliance = new ComplianceCalculator(ComplianceRules.defaults())
                .evaluate(registry.agencies(), registry.systems(SystemFilter.ALL), LocalDate.of(2026, 11, 23));
        int overdue = compliance.overdue().size();
        assertTrue(overdue >= 5 && overdue <= 15, "overdue systems: " + overdue);
        double province = compliance.province().percent();
        assertTrue(province > 30 && province < 90, "province-wide: " + province);
    }
}
