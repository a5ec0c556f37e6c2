package org.vigil.local.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.Category;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Severity;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.demo.DemoCases;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoRegistry;
import org.vigil.demo.DemoSettings;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.csv.CsvRow;
import org.vigil.registry.csv.RegistryCsv;

/** What a fresh workspace's case list shows: the demo SOC's month, once, unless the demo is off. */
class EmbeddedCaseStoreDemoTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path workspace;

    private EmbeddedCaseStore open(boolean demo) {
        return new EmbeddedCaseStore(workspace.resolve("cases"), demo, CLOCK);
    }

    @Test
    void aNewStoreHoldsTheDemoSocsMonthInEveryStatus() throws Exception {
        List<Case> cases = open(true).list(CaseQuery.all());

        assertEquals(DemoCases.load().cases().size(), cases.size());
        assertTrue(cases.size() >= 15 && cases.size() <= 25, "cases: " + cases.size());
        assertEquals(EnumSet.allOf(Status.class), cases.stream().map(Case::status).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(Severity.class), cases.stream().map(Case::severity).collect(Collectors.toSet()));
        assertTrue(cases.stream().map(Case::category).collect(Collectors.toSet()).containsAll(EnumSet.of(
                Category.NETWORK_SCAN, Category.MALWARE_C2, Category.WEB_ATTACK, Category.PHISHING_FRAUD,
                Category.EXPLOITED_VULNERABILITY)));
    }

    @Test
    void theirTimesFollowTheWorkflowOverTheDemoMonth() throws Exception {
        EmbeddedCaseStore store = open(true);
        for (Case c : store.list(CaseQuery.all())) {
            Instant detected = c.times().detected();
            String name = c.number() + " " + c.title();
            assertTrue(!detected.isBefore(NOW.minus(Duration.ofDays(28))) && detected.isBefore(NOW), name);
            assertEquals(detected, c.created(), name);
            assertEquals(c.status() == Status.NEW, c.times().acknowledged() == null, name);
            boolean done = c.status() == Status.RESOLVED || c.status() == Status.CLOSED;
            assertEquals(done, c.times().resolved() != null, name);
            Stream.of(c.times().acknowledged(), c.times().resolved(), c.times().closed(), c.updated())
                    .filter(t -> t != null).forEach(t -> assertTrue(!t.isBefore(detected) && !t.isAfter(NOW), name));
            if (c.status() == Status.CLOSED) {
                assertNotNull(c.resolution(), name);
                assertFalse(c.summary().isBlank(), name);
            } else {
                assertNull(c.resolution(), name);
            }
            if (EnumSet.of(Status.IN_PROGRESS, Status.CONTAINED, Status.RESOLVED).contains(c.status())) {
                assertEquals("soc-demo", c.assignee(), name);
            }
            List<AuditEntry> audit = store.audit(c.number().toString());
            assertEquals(detected, audit.get(0).at(), name);
            assertTrue(audit.stream().allMatch(e -> "soc-demo".equals(e.actor()) && !e.at().isAfter(NOW)), name);
        }
    }

    @Test
    void someAreOverdueAndSomeWereResolvedLate() throws Exception {
        EmbeddedCaseStore store = open(true);
        SlaPolicy sla = store.settings().sla();
        List<Case> cases = store.list(CaseQuery.all());

        long overdue = cases.stream().filter(c -> sla.overdue(c, NOW)).count();
        long late = cases.stream().filter(c -> c.times().resolved() != null)
                .filter(c -> c.times().resolved().isAfter(sla.deadlines(c).resolve())).count();
        long acknowledgedLate = cases.stream().filter(c -> c.times().acknowledged() != null)
                .filter(c -> c.times().acknowledged().isAfter(sla.deadlines(c).acknowledge())).count();

        assertTrue(overdue >= 3 && overdue < cases.size() / 2, "overdue: " + overdue);
        assertTrue(late >= 1, "resolved late: " + late);
        assertTrue(acknowledgedLate >= 1, "acknowledged late: " + acknowledgedLate);
        CaseQuery all = CaseQuery.all();
        assertEquals(overdue, store.list(new CaseQuery(all.statuses(), all.severities(), all.category(), all.assignee(),
                all.system(), true, all.text(), all.sort())).size());
    }

    @Test
    void theirSystemsAreThoseOfTheDemoRegistryWithTheirLevels() throws Exception {
        Map<String, InformationSystem> registry;
        try (Reader systems = DemoRegistry.systems()) {
            registry = RegistryCsv.readSystems(systems, DemoRegistry.SYSTEMS).rows().stream().map(CsvRow::value)
                    .collect(Collectors.toMap(InformationSystem::id, Function.identity()));
        }
        List<SystemRef> systems = open(true).list(CaseQuery.all()).stream().flatMap(c -> c.systems().stream())
                .filter(SystemRef::registered).toList();

        assertTrue(systems.size() >= 15, "registered systems: " + systems.size());
        for (SystemRef system : systems) {
            InformationSystem known = registry.get(system.registryId());
            assertNotNull(known, system.registryId());
            assertEquals(known.name(), system.name());
            assertEquals(known.level(), system.level());
        }
        assertTrue(systems.stream().anyMatch(s -> s.level() == 3));
    }

    @Test
    void theirAddressesPivotToDemoEvents() throws Exception {
        Set<Object> seen = new DemoData(DemoSettings.standard(NOW, 50_000)).events()
                .flatMap(e -> Stream.of("source.ip", "destination.ip", "host.ip").map(e.fields()::get))
                .filter(v -> v != null).collect(Collectors.toSet());
        List<String> addresses = open(true).list(CaseQuery.all()).stream().flatMap(c -> c.observables().stream())
                .filter(o -> o.type() == ObservableType.IP).map(o -> o.value()).distinct().toList();

        assertTrue(addresses.size() >= 10, "addresses: " + addresses);
        addresses.forEach(address -> assertTrue(seen.contains(address), address));
    }

    @Test
    void withTheDemoOffANewStoreStartsEmpty() throws Exception {
        assertEquals(List.of(), open(false).list(CaseQuery.all()));
    }

    @Test
    void aSecondStartKeepsTheCasesWithoutAddingThemAgain() throws Exception {
        EmbeddedCaseStore first = open(true);
        int demo = first.list(CaseQuery.all()).size();
        Case own = first.create(CaseDraft.create("Quét cổng từ 1.2.3.4"));

        List<Case> again = open(true).list(CaseQuery.all());

        assertEquals(demo + 1, again.size());
        assertTrue(again.contains(own));
    }
}
