package org.vigil.registry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.AssetKind;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.Figures;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.Problem;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.RegistryChange;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryException.Kind;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.SystemType;

/**
 * The behaviour every {@link SystemRegistry} shares, whatever stores it: extend this class once
 * per implementation and say how to get an empty registry. The embedded H2 store, the store in
 * memory and the team store on Elasticsearch all run these same tests.
 */
public abstract class SystemRegistryContract {

    /** The registry under test, empty at the start of each test. */
    protected SystemRegistry registry;

    /**
     * @return a new, empty registry; called before each test
     * @throws Exception if it cannot be created
     */
    protected abstract SystemRegistry createEmpty() throws Exception;

    /**
     * A second client of the registry {@link #createEmpty()} returned last, as another
     * workstation would open it; {@link #dispose(SystemRegistry)} releases it with the first.
     * Stores that serve one workstation only may return the same registry.
     *
     * @return another client of the same store
     * @throws Exception if it cannot be opened
     */
    protected SystemRegistry openSecondClient() throws Exception {
        return registry;
    }

    /**
     * Releases what {@link #createEmpty()} created; called after each test.
     *
     * @param used the registry of the test
     * @throws Exception if releasing fails
     */
    protected void dispose(SystemRegistry used) throws Exception {
        // nothing to release by default
    }

    @BeforeEach
    final void createRegistry() throws Exception {
        registry = createEmpty();
    }

    @AfterEach
    final void disposeRegistry() throws Exception {
        dispose(registry);
    }

    /** @throws RegistryException if the sample agencies cannot be saved */
    protected final void saveAgencies() throws RegistryException {
        registry.saveAll(Samples.agencies(), List.of());
    }

    @Test
    void anEmptyRegistryHasNothingAndSaysWhereItIs() throws Exception {
        assertEquals(List.of(), registry.agencies());
        assertEquals(List.of(), registry.systems(SystemFilter.ALL));
        assertEquals(List.of(), registry.snapshots());
        assertTrue(registry.system("nothing").isEmpty());
        assertFalse(registry.location().isBlank());
    }

    @Test
    void agenciesComeBackAsATreeDepthFirstByName() throws Exception {
        saveAgencies();
        assertEquals(List.of("tinh", "syt", "stc", "h1", "h1-x1").stream().sorted().toList(),
                registry.agencies().stream().map(Agency::id).sorted().toList());
        List<String> order = registry.agencies().stream().map(Agency::id).toList();
        assertEquals("tinh", order.get(0));
        assertEquals(order.indexOf("h1") + 1, order.indexOf("h1-x1"), "a child right after its parent: " + order);
        assertEquals(Samples.COMMUNE, registry.agencies().stream().filter(a -> a.id().equals("h1-x1")).findFirst()
                .orElseThrow());
    }

    @Test
    void anAgencyIsReplacedByItsIdAndItsParentMustExistWithoutCycles() throws Exception {
        saveAgencies();
        registry.saveAgency(new Agency("syt", "Sở Y tế (mới)", "tinh", AgencyKind.DEPARTMENT));
        assertEquals(5, registry.agencies().size());
        assertTrue(registry.agencies().contains(new Agency("syt", "Sở Y tế (mới)", "tinh", AgencyKind.DEPARTMENT)));

        RegistryException unknown = assertThrows(RegistryException.class,
                () -> registry.saveAgency(new Agency("x", "X", "nowhere", AgencyKind.OTHER)));
        assertEquals(Kind.INVALID, unknown.kind());
        assertEquals(List.of("parent"), fields(unknown));
        RegistryException cycle = assertThrows(RegistryException.class,
                () -> registry.saveAgency(new Agency("tinh", "UBND tỉnh", "h1-x1", AgencyKind.PROVINCE)));
        assertEquals(List.of("parent"), fields(cycle));
        assertEquals(5, registry.agencies().size());
    }

    @Test
    void anAgencyInUseCannotBeDeleted() throws Exception {
        saveAgencies();
        registry.save(Samples.system("a", "syt"));
        assertEquals(Kind.IN_USE, assertThrows(RegistryException.class, () -> registry.deleteAgency("syt")).kind());
        assertEquals(Kind.IN_USE, assertThrows(RegistryException.class, () -> registry.deleteAgency("h1")).kind());
        assertEquals(Kind.NOT_FOUND, assertThrows(RegistryException.class, () -> registry.deleteAgency("zz")).kind());
        registry.deleteAgency("h1-x1");
        assertEquals(4, registry.agencies().size());
    }

    @Test
    void everyFieldIsStoredAndReadBackAsSaved() throws Exception {
        saveAgencies();
        InformationSystem system = Samples.everyField();
        SavedSystem saved = registry.save(system);

        InformationSystem expected = system.toBuilder().version(1).build();
        assertEquals(expected, saved.system());
        assertEquals(expected, registry.system(system.id()).orElseThrow());
        assertEquals(List.of(expected), registry.systems(SystemFilter.ALL));
        assertEquals(List.of(), saved.warnings());
    }

    @Test
    void eachSaveRaisesTheVersionAndAStaleVersionConflicts() throws Exception {
        saveAgencies();
        InformationSystem first = registry.save(Samples.system("a", "syt")).system();
        InformationSystem second = registry.save(first.toBuilder().name("Đổi tên").build()).system();
        assertEquals(1, first.version());
        assertEquals(2, second.version());

        RegistryException stale = assertThrows(RegistryException.class,
                () -> registry.save(first.toBuilder().name("Cũ").build()));
        assertEquals(Kind.CONFLICT, stale.kind());
        assertEquals("Đổi tên", registry.system("a").orElseThrow().name());
        assertEquals(Kind.CONFLICT, assertThrows(RegistryException.class,
                () -> registry.save(Samples.system("a", "syt"))).kind(), "a new system with a taken id");
        assertEquals(Kind.NOT_FOUND, assertThrows(RegistryException.class,
                () -> registry.save(Samples.system("b", "syt").toBuilder().version(4).build())).kind());
    }

    @Test
    void invalidDataIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
        saveAgencies();
        InformationSystem bad = Samples.system("bad", "nowhere").toBuilder().level(7, "")
                .dossier(new Dossier(DossierStatus.APPROVED, "", null)).asset(AssetKind.IP, "10.0.0.300")
                .asset(AssetKind.CIDR, "10.1.2.3/16").asset(AssetKind.DOMAIN, "not a domain")
                .asset(AssetKind.URL, "ftp://x").build();

        RegistryException refused = assertThrows(RegistryException.class, () -> registry.save(bad));
        assertEquals(Kind.INVALID, refused.kind());
        assertEquals(Set.of("agency", "level", "decision_number", "decision_date", "ips", "cidrs", "domains", "urls"),
                Set.copyOf(fields(refused)));
        assertTrue(refused.getMessage().contains("level: "), refused.getMessage());
        assertTrue(registry.system("bad").isEmpty());
        assertEquals(Kind.INVALID, assertThrows(RegistryException.class,
                () -> registry.save(Samples.system("bad id!", "syt"))).kind());
    }

    @Test
    void anAssetClaimedByTwoSystemsIsSavedWithAWarning() throws Exception {
        saveAgencies();
        registry.save(Samples.system("portal-a", "syt").toBuilder().asset(AssetKind.CIDR, "10.2.0.0/16").build());
        SavedSystem second = registry
                .save(Samples.system("portal-b", "stc").toBuilder().asset(AssetKind.CIDR, "10.2.0.0/16").build());

        assertEquals(1, second.warnings().size(), second.warnings().toString());
        Problem warning = second.warnings().get(0);
        assertEquals("cidrs", warning.field());
        assertFalse(warning.isError());
        assertTrue(warning.message().contains("portal-a"), warning.message());
        assertEquals(2, registry.systems(SystemFilter.ALL).size());
    }

    @Test
    void aBatchIsWrittenWholeOrNotAtAll() throws Exception {
        saveAgencies();
        Agency newAgency = new Agency("snv", "Sở Nội vụ", "tinh", AgencyKind.DEPARTMENT);
        List<InformationSystem> batch = List.of(Samples.system("ok", "snv"),
                Samples.system("broken", "syt").toBuilder().level(0, "").build());

        assertThrows(RegistryException.class, () -> registry.saveAll(List.of(newAgency), batch));
        assertEquals(5, registry.agencies().size());
        assertEquals(List.of(), registry.systems(SystemFilter.ALL));

        List<SavedSystem> saved = registry.saveAll(List.of(newAgency), batch.subList(0, 1));
        assertEquals(1, saved.size());
        assertEquals(1, saved.get(0).system().version());
        assertEquals(6, registry.agencies().size());
    }

    @Test
    void filtersSelectByAgencySubtreeLevelStatusTypeAndText() throws Exception {
        saveAgencies();
        registry.saveAll(List.of(), List.of(
                Samples.system("district-portal", "h1").toBuilder().name("Cổng thông tin huyện")
                        .type(SystemType.WEB_PORTAL).level(2, "").build(),
                Samples.system("commune-portal", "h1-x1").toBuilder().name("Trang thông tin xã").level(1, "")
                        .type(SystemType.WEB_PORTAL).asset(AssetKind.DOMAIN, "xa.example.gov.vn").build(),
                Samples.system("health-records", "syt").toBuilder().name("Hồ sơ sức khỏe").level(3, "")
                        .dossier(new Dossier(DossierStatus.APPROVED, "1/QĐ", LocalDate.of(2025, 1, 2)))
                        .plan(new ProtectionPlan(PlanStatus.IN_PROGRESS, null)).build()));

        assertEquals(List.of("district-portal", "commune-portal"), ids(SystemFilter.ALL.withAgency("h1")));
        assertEquals(List.of("commune-portal"), ids(SystemFilter.ALL.withAgency("h1-x1")));
        assertEquals(List.of("health-records"), ids(SystemFilter.ALL.withLevels(Set.of(3))));
        assertEquals(List.of("health-records"), ids(SystemFilter.ALL.withDossiers(Set.of(DossierStatus.APPROVED))));
        assertEquals(List.of("health-records"), ids(SystemFilter.ALL.withPlans(Set.of(PlanStatus.IN_PROGRESS))));
        assertEquals(List.of("district-portal", "commune-portal"),
                ids(SystemFilter.ALL.withTypes(Set.of(SystemType.WEB_PORTAL))));
        assertEquals(List.of("health-records"), ids(SystemFilter.ALL.withText("suc khoe")));
        assertEquals(List.of("commune-portal"), ids(SystemFilter.ALL.withText("XA.EXAMPLE")));
        assertEquals(List.of("district-portal", "health-records", "commune-portal"), ids(SystemFilter.ALL),
                "by name, ignoring diacritics");
    }

    @Test
    void deletingNeedsTheCurrentVersion() throws Exception {
        saveAgencies();
        InformationSystem saved = registry.save(Samples.system("a", "syt")).system();
        assertEquals(Kind.CONFLICT, assertThrows(RegistryException.class, () -> registry.delete("a", 7)).kind());
        registry.delete("a", saved.version());
        assertTrue(registry.system("a").isEmpty());
        assertEquals(Kind.NOT_FOUND, assertThrows(RegistryException.class, () -> registry.delete("a", 1)).kind());
    }

    @Test
    void ofTwoClientsEditingOneSystemTheLaterSaveConflictsAndTheFirstStays() throws Exception {
        saveAgencies();
        InformationSystem mine = registry.save(Samples.system("a", "syt")).system();
        SystemRegistry other = openSecondClient();
        InformationSystem theirs = other.system("a").orElseThrow();
        other.save(theirs.toBuilder().name("Tên của người kia").build());

        RegistryException refused = assertThrows(RegistryException.class,
                () -> registry.save(mine.toBuilder().name("Tên của tôi").build()));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertTrue(refused.getMessage().contains("a"), refused.getMessage());
        assertEquals("Tên của người kia", registry.system("a").orElseThrow().name());
        assertEquals(2, other.system("a").orElseThrow().version());
        assertEquals(Kind.CONFLICT, assertThrows(RegistryException.class, () -> other.delete("a", 1)).kind());
    }

    @Test
    void aBatchWithAStaleSystemWritesNoneOfItsAgenciesOrSystems() throws Exception {
        saveAgencies();
        InformationSystem stale = registry.save(Samples.system("a", "syt")).system();
        registry.save(stale.toBuilder().name("Đã sửa").build());
        Agency newAgency = new Agency("snv", "Sở Nội vụ", "tinh", AgencyKind.DEPARTMENT);

        RegistryException refused = assertThrows(RegistryException.class, () -> registry.saveAll(List.of(newAgency),
                List.of(Samples.system("new", "snv"), stale.toBuilder().name("Cũ").build())));

        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals(5, registry.agencies().size());
        assertEquals(List.of("a"), ids(SystemFilter.ALL));
        assertEquals("Đã sửa", registry.system("a").orElseThrow().name());
    }

    @Test
    void snapshotsAreKeptOnePerDayOldestFirst() throws Exception {
        ComplianceSnapshot later = snapshot(LocalDate.of(2026, 9, 2), 3);
        registry.saveSnapshot(later);
        registry.saveSnapshot(snapshot(LocalDate.of(2026, 9, 1), 1));
        registry.saveSnapshot(snapshot(LocalDate.of(2026, 9, 1), 2));

        List<ComplianceSnapshot> kept = registry.snapshots();
        assertEquals(List.of(snapshot(LocalDate.of(2026, 9, 1), 2), later), kept);
    }

    @Test
    void listenersHearCommittedWritesOnly() throws Exception {
        List<RegistryChange> heard = new ArrayList<>();
        RegistryListener listener = heard::add;
        registry.addListener(listener);
        saveAgencies();
        registry.save(Samples.system("a", "syt"));
        assertThrows(RegistryException.class, () -> registry.save(Samples.system("b", "nowhere")));

        assertEquals(2, heard.size(), heard.toString());
        assertEquals(Set.of("tinh", "syt", "stc", "h1", "h1-x1"), heard.get(0).agencyIds());
        assertEquals(Set.of("a"), heard.get(1).systemIds());
        registry.removeListener(listener);
        registry.save(Samples.system("c", "syt"));
        assertEquals(2, heard.size(), "removed listeners hear nothing");
    }

    private static ComplianceSnapshot snapshot(LocalDate day, int met) {
        return new ComplianceSnapshot(day, new Figures(met, 10), Map.of("syt", new Figures(met, 4), "tinh",
                new Figures(met, 10)), Map.of("dossier", new Figures(1, 3)));
    }

    private List<String> ids(SystemFilter filter) throws RegistryException {
        return registry.systems(filter).stream().map(InformationSystem::id).toList();
    }

    private static List<String> fields(RegistryException e) {
        return e.problems().stream().filter(Problem::isError).map(Problem::field).distinct().toList();
    }
}
