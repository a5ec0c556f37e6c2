package org.vigil.cases.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.cases.AffectedSystems;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.BulkChange;
import org.vigil.cases.BulkResult;
import org.vigil.cases.Case;
import org.vigil.cases.CaseConflictException;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseEdits;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseNotFoundException;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseTask;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Comment;
import org.vigil.cases.FieldConflict;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.ReportingUnit;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Text;

/**
 * What every {@link CaseStore} must do, whatever its engine. A subclass opens an empty store
 * for each test and, on request, a second client of the same store as another user (for
 * Elasticsearch a separate connection), and closes both afterwards.
 */
public abstract class CaseStoreContract {

    /** The store under test, opened before each test. */
    protected CaseStore store;

    /**
     * @return a new, empty store for one test
     * @throws Exception if it cannot be opened
     */
    protected abstract CaseStore openStore() throws Exception;

    /**
     * @return a second client of the store {@link #openStore()} returned last, writing as another user
     * @throws Exception if it cannot be opened
     */
    protected abstract CaseStore openSecondClient() throws Exception;

    /**
     * Closes what the test opened and removes the store's data.
     *
     * @throws Exception if that fails
     */
    protected abstract void closeStores() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        closeStores();
    }

    @Test
    void aNewCaseGetsTheNextNumberOfTheYearVersionOneAndAnAuditEntry() throws CaseException {
        Case first = store.create(CaseDraft.create("Port scan from 198.51.100.7"));
        Case second = store.create(CaseDraft.create("Phishing mail to the finance department"));

        int year = LocalDate.now(ZoneId.systemDefault()).getYear();
        assertEquals(String.format("VIG-%d-0001", year), first.number().toString());
        assertEquals(String.format("VIG-%d-0002", year), second.number().toString());
        assertEquals(1, first.version());
        assertEquals(Status.NEW, first.status());
        assertEquals(store.user(), first.createdBy());
        assertNotNull(first.times().detected());
        AuditEntry created = store.audit(first.number().toString()).get(0);
        assertEquals("created", created.field());
        assertEquals(store.user(), created.actor());
    }

    @Test
    void everyPartOfACaseReadsBackAsSaved() throws CaseException {
        Case created = store.create(Fixtures.fullDraft("C2 beacon from a finance workstation"));

        assertEquals(created, store.get(created.number().toString()));
        assertEquals(created, store.get(created.number().toString().toLowerCase()));
    }

    @Test
    void anEditAppendsOneAuditEntryPerChangedValueWithOldAndNew() throws CaseException {
        Case created = store.create(CaseDraft.create("Scan"));
        CaseDraft draft = created.edit().severity(Severity.HIGH).title("Scan of the portal");
        draft.tags().add("portal");
        Case saved = store.update(draft.build());

        assertEquals(2, saved.version());
        List<AuditEntry> audit = store.audit(saved.number().toString());
        assertEquals(List.of("created", "title", "severity", "tags"), audit.stream().map(AuditEntry::field).toList());
        AuditEntry severity = audit.get(2);
        assertEquals("MEDIUM", severity.oldValue());
        assertEquals("HIGH", severity.newValue());
        assertEquals(2, severity.version());
        assertEquals(store.user(), severity.actor());
        assertNull(audit.get(3).oldValue());
        assertEquals("portal", audit.get(3).newValue());
    }

    @Test
    void anEditThatChangesNothingWritesNothing() throws CaseException {
        Case created = store.create(CaseDraft.create("Scan"));

        assertEquals(created, store.update(created.edit().build()));
        assertEquals(1, store.audit(created.number().toString()).size());
    }

    @Test
    void theWholeWorkflowSetsTheKeyTimes() throws CaseException {
        Case c = store.create(CaseDraft.create("Defacement of a district portal"));
        for (Status next : List.of(Status.TRIAGE, Status.IN_PROGRESS, Status.CONTAINED, Status.RESOLVED)) {
            c = store.update(c.edit().status(next).build());
        }
        c = store.update(c.edit().status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE)
                .summary("Restored from backup, Telerik patched.").build());

        assertEquals(Status.CLOSED, c.status());
        assertNotNull(c.times().acknowledged());
        assertNotNull(c.times().contained());
        assertNotNull(c.times().resolved());
        assertNotNull(c.times().closed());
        assertEquals(List.of("NEW>TRIAGE", "TRIAGE>IN_PROGRESS", "IN_PROGRESS>CONTAINED", "CONTAINED>RESOLVED",
                "RESOLVED>CLOSED"), store.audit(c.number().toString()).stream().filter(e -> e.field().equals("status"))
                        .map(e -> e.oldValue() + ">" + e.newValue()).toList());
    }

    @Test
    void anIllegalMoveNamesTheStatusAndWritesNothing() throws CaseException {
        Case c = store.create(CaseDraft.create("Scan"));

        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> store.update(c.edit().status(Status.RESOLVED).build()));

        assertEquals("status", e.field());
        assertTrue(e.getMessage().contains("NEW") && e.getMessage().contains("RESOLVED"), e.getMessage());
        assertEquals(c, store.get(c.number().toString()));
        assertEquals(1, store.audit(c.number().toString()).size());
    }

    @Test
    void closingNeedsAResolutionAndASummary() throws CaseException {
        Case resolved = resolvedCase();

        InvalidCaseException noResolution = assertThrows(InvalidCaseException.class,
                () -> store.update(resolved.edit().status(Status.CLOSED).summary("done").build()));
        InvalidCaseException noSummary = assertThrows(InvalidCaseException.class,
                () -> store.update(resolved.edit().status(Status.CLOSED).resolution(Resolution.OTHER).build()));

        assertEquals("resolution", noResolution.field());
        assertEquals("summary", noSummary.field());
        assertEquals(Status.RESOLVED, store.get(resolved.number().toString()).status());
    }

    @Test
    void anOpenMandatoryTaskBlocksResolvingUntilDone() throws CaseException {
        CaseDraft draft = CaseDraft.create("C2 connection");
        draft.tasks().add(CaseTask.open("Isolate the host", true));
        draft.tasks().add(CaseTask.open("Tell the press", false));
        Case c = store.create(draft.status(Status.NEW));
        c = store.update(c.edit().status(Status.TRIAGE).build());
        Case working = store.update(c.edit().status(Status.IN_PROGRESS).build());

        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> store.update(working.edit().status(Status.RESOLVED).build()));
        assertEquals("tasks", e.field());
        assertTrue(e.getMessage().contains("Isolate the host"), e.getMessage());

        CaseTask isolate = working.tasks().get(0);
        Case done = store.update(working.edit().replaceTask(isolate.markDone(Fixtures.SEEN, store.user())).build());
        assertEquals(Status.RESOLVED, store.update(done.edit().status(Status.RESOLVED).build()).status());
    }

    @Test
    void reopeningClearsResolutionAndTheResolvedAndClosedTimes() throws CaseException {
        Case closed = store.update(resolvedCase().edit().status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE)
                .summary("Cleaned.").build());

        Case reopened = store.update(closed.edit().status(Status.IN_PROGRESS).build());

        assertEquals(Status.IN_PROGRESS, reopened.status());
        assertNull(reopened.resolution());
        assertNull(reopened.times().resolved());
        assertNull(reopened.times().closed());
        assertNotNull(reopened.times().acknowledged());
    }

    @Test
    void aClosedCaseCannotBeChangedWithoutReopening() throws CaseException {
        Case closed = store.update(resolvedCase().edit().status(Status.CLOSED).resolution(Resolution.FALSE_POSITIVE)
                .summary("Authorised scan.").build());

        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> store.update(closed.edit().title("Other").build()));
        assertEquals("status", e.field());
    }

    @Test
    void aFalsePositiveClosesStraightFromTriage() throws CaseException {
        Case c = store.create(CaseDraft.create("Scan by the provincial vulnerability assessment"));
        Case triage = store.update(c.edit().status(Status.TRIAGE).build());

        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> store.update(triage.edit()
                .status(Status.CLOSED).resolution(Resolution.TRUE_POSITIVE).summary("real").build()));
        assertEquals("resolution", e.field());

        Case closed = store.update(triage.edit().status(Status.CLOSED).resolution(Resolution.FALSE_POSITIVE)
                .summary("Authorised scan.").build());
        assertEquals(Status.CLOSED, closed.status());
    }

    @Test
    void aSecondWriterGetsAConflictWithWhatTheOtherChangedAndCanReapplyTheirEdit() throws Exception {
        CaseStore other = openSecondClient();
        Case base = store.create(CaseDraft.create("Scan"));
        Case theirBase = other.get(base.number().toString());

        store.update(base.edit().severity(Severity.CRITICAL).assignee(store.user()).build());
        Case mine = theirBase.edit().title("Scan of the provincial portal").severity(Severity.LOW).build();
        CaseConflictException e = assertThrows(CaseConflictException.class, () -> other.update(mine));

        assertEquals(2, e.current().version());
        assertEquals(mine, e.refused());
        FieldConflict severity = e.conflicts().stream().filter(c -> c.field().equals("severity")).findFirst()
                .orElseThrow();
        assertEquals("CRITICAL", severity.theirs());
        assertEquals("LOW", severity.yours());
        assertEquals(store.user(), severity.by());
        assertTrue(e.conflicts().stream().anyMatch(c -> c.field().equals("assignee")), e.conflicts().toString());
        assertTrue(e.getMessage().contains(base.number().toString()), e.getMessage());
        assertEquals("Scan", store.get(base.number().toString()).title());

        Case saved = other.update(CaseEdits.reapply(theirBase, mine, e.current()));
        assertEquals("Scan of the provincial portal", saved.title());
        assertEquals(Severity.LOW, saved.severity());
        assertEquals(store.user(), saved.assignee());
        assertEquals(other.user(), store.audit(saved.number().toString()).getLast().actor());
    }

    @Test
    void aMalformedObservableNamesTheFieldAndWritesNothing() throws CaseException {
        Case c = store.create(CaseDraft.create("C2"));
        CaseDraft draft = c.edit();
        draft.observables().add(new Observable(ObservableType.MD5, "abc123", true, ""));

        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> store.update(draft.build()));

        assertEquals("observables", e.field());
        assertTrue(e.getMessage().contains("abc123") && e.getMessage().contains("32"), e.getMessage());
        assertEquals(c, store.get(c.number().toString()));
    }

    @Test
    void observablesAreStoredNormalised() throws CaseException {
        CaseDraft draft = CaseDraft.create("C2");
        draft.observables().add(new Observable(ObservableType.DOMAIN, "Update-Check.Example.NET.", true, ""));
        draft.observables().add(new Observable(ObservableType.SHA1, "A94A8FE5CCB19BA61C4C0873D391E987982FBBD3", false, ""));

        Case c = store.create(draft);

        assertEquals(List.of("update-check.example.net", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"),
                store.get(c.number().toString()).observables().stream().map(Observable::value).toList());
    }

    @Test
    void onlyKnownOperatorsCanBeAssigned() throws CaseException {
        Case c = store.create(CaseDraft.create("Scan"));

        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> store.update(c.edit().assignee("le.van.c").build()));
        assertEquals("assignee", e.field());
        assertTrue(e.getMessage().contains("le.van.c"), e.getMessage());

        store.saveSettings(store.settings().withOperators(List.of("le.van.c")));
        assertEquals("le.van.c", store.update(c.edit().assignee("le.van.c").build()).assignee());
    }

    @Test
    void commentsAreKeptInOrderWithAuthor() throws CaseException {
        Case c = store.create(CaseDraft.create("Phishing"));
        store.comment(c.number().toString(), "Mail headers attached.");
        store.comment(c.number().toString(), "Sender domain blocked at the gateway.");

        List<Comment> comments = store.comments(c.number().toString());

        assertEquals(List.of("Mail headers attached.", "Sender domain blocked at the gateway."),
                comments.stream().map(Comment::text).toList());
        assertEquals(store.user(), comments.get(0).author());
        assertEquals("text", assertThrows(InvalidCaseException.class,
                () -> store.comment(c.number().toString(), "  ")).field());
    }

    @Test
    void mergingKeepsEverythingAndBothNumbersFindTheMergedCase() throws CaseException {
        Case from = store.create(Fixtures.fullDraft("C2 beacon, host A"));
        store.comment(from.number().toString(), "Seen first on host A.");
        CaseDraft other = CaseDraft.create("C2 beacon, host B");
        other.tasks().add(CaseTask.open("Isolate host B", true));
        Case into = store.create(other);

        Case merged = store.merge(from.number().toString(), into.number().toString());

        assertEquals(into.number(), store.get(from.number().toString()).number());
        assertEquals(merged, store.get(into.number().toString()));
        assertEquals(List.of(from.number()), merged.mergedFrom());
        assertEquals(Severity.HIGH, merged.severity());
        assertEquals(from.observables(), merged.observables());
        assertEquals(from.evidence(), merged.evidence());
        assertEquals(3, merged.tasks().size());
        assertEquals(2, merged.systems().size());
        assertTrue(merged.description().contains("Beacon every"), merged.description());
        assertEquals(List.of("Seen first on host A."),
                store.comments(into.number().toString()).stream().map(Comment::text).toList());
        List<AuditEntry> audit = store.audit(into.number().toString());
        assertTrue(audit.stream().anyMatch(e -> e.caseNumber().equals(from.number().toString())
                && e.field().equals("created")), audit.toString());
        assertTrue(audit.stream().anyMatch(e -> e.field().equals("merge")
                && from.number().toString().equals(e.newValue())), audit.toString());
        assertEquals(List.of(into.number()), store.list(CaseQuery.all()).stream().map(Case::number).toList());
    }

    @Test
    void aMergedCaseCannotBeMergedOrEditedAgain() throws CaseException {
        Case from = store.create(CaseDraft.create("A"));
        Case into = store.create(CaseDraft.create("B"));
        store.merge(from.number().toString(), into.number().toString());

        assertEquals("number", assertThrows(InvalidCaseException.class,
                () -> store.merge(from.number().toString(), into.number().toString())).field());
        assertEquals("number", assertThrows(InvalidCaseException.class,
                () -> store.merge(into.number().toString(), into.number().toString())).field());
        assertEquals("number", assertThrows(InvalidCaseException.class,
                () -> store.update(from.edit().title("A2").build())).field());
    }

    @Test
    void aBulkChangeSavesEachCaseAndListsTheRefusedOnes() throws CaseException {
        Case a = store.create(CaseDraft.create("A"));
        Case b = store.create(CaseDraft.create("B"));
        Case closed = store.update(store.update(store.create(CaseDraft.create("C")).edit().status(Status.TRIAGE).build())
                .edit().status(Status.CLOSED).resolution(Resolution.DUPLICATE).summary("dup").build());
        List<String> numbers = List.of(a.number().toString(), b.number().toString(), closed.number().toString());

        BulkResult moved = store.bulk(numbers, BulkChange.status(Status.TRIAGE));
        BulkResult assigned = store.bulk(numbers.subList(0, 2), BulkChange.assignee(store.user()));
        BulkResult unknown = store.bulk(numbers.subList(0, 1), BulkChange.assignee("nobody"));

        assertEquals(2, moved.changed().size());
        assertTrue(moved.refused().get(closed.number().toString()).contains(closed.number().toString()));
        assertTrue(assigned.changed().stream().allMatch(c -> store.user().equals(c.assignee())));
        assertTrue(unknown.refused().get(a.number().toString()).contains("nobody"));
        assertEquals(Status.TRIAGE, store.get(b.number().toString()).status());
    }

    @Test
    void theShippedTemplatesCanBeChangedAndOperatorsAddTheirOwn() throws CaseException {
        List<CaseTemplate> shipped = store.templates();
        assertEquals(List.of("network-scan", "malware-c2", "portal-exploit", "phishing-fraud", "defacement"),
                shipped.stream().map(CaseTemplate::id).toList());
        CaseTemplate scan = shipped.get(0);
        CaseTemplate changed = new CaseTemplate(scan.id(), new Text("Scan (SOC rules)", "Rà quét (quy định SOC)"),
                scan.description(), scan.category(), Severity.MEDIUM, scan.sla(), scan.tasks(), scan.tags(), true);
        CaseTemplate own = new CaseTemplate("ddos-portal", Text.both("DDoS on the portal"), Text.both(""),
                scan.category(), Severity.HIGH, scan.sla(), List.of(), List.of("ddos"), false);

        store.saveTemplate(changed);
        store.saveTemplate(own);

        List<CaseTemplate> now = store.templates();
        assertEquals(6, now.size());
        assertEquals(changed.asSaved(), now.get(0));
        assertEquals(own, now.get(5));
    }

    @Test
    void aCaseFromATemplateCarriesItsTasksSeverityAndSla() throws CaseException {
        CaseTemplate portal = store.templates().stream().filter(t -> t.id().equals("portal-exploit")).findFirst()
                .orElseThrow();

        Case c = store.create(portal.draft("Telerik exploited on the district portal", Locale.of("vi"), null));

        assertEquals(Severity.CRITICAL, c.severity());
        assertEquals(portal.sla(), c.sla());
        assertEquals("portal-exploit", c.templateId());
        assertEquals(portal.tasks().size(), c.tasks().size());
        assertTrue(c.tasks().get(0).mandatory());
        assertTrue(c.tasks().get(0).title().startsWith("Lưu giữ"), c.tasks().get(0).title());
    }

    @Test
    void settingsStartAsShippedAndReadBackAsSaved() throws CaseException {
        assertEquals(CaseSettings.defaults(), store.settings());
        CaseSettings mine = store.settings().withOperators(List.of("a", "b"))
                .withUnit(new ReportingUnit("Trung tâm Giám sát an toàn thông tin tỉnh", "Số 1, đường X",
                        "Nguyễn Văn A, 0912 345 678\nsoc@example.gov.vn"));

        store.saveSettings(mine);

        assertEquals(mine, store.settings());
    }

    @Test
    void theListFiltersAndSorts() throws CaseException {
        Case scan = store.create(CaseDraft.create("Port scan").severity(Severity.LOW));
        Case c2 = store.create(Fixtures.fullDraft("C2 beacon"));
        store.update(scan.edit().status(Status.TRIAGE).build());

        assertEquals(List.of(c2.number(), scan.number()), numbers(CaseQuery.all()));
        assertEquals(List.of(scan.number()), numbers(CaseQuery.all().withStatuses(Set.of(Status.TRIAGE))));
        assertEquals(List.of(c2.number()), numbers(CaseQuery.all().withText("203.0.113.66 beacon")));
        assertEquals(List.of(c2.number()), numbers(CaseQuery.all().withOverdueOnly(true)));
        assertEquals(List.of(c2.number(), scan.number()),
                numbers(new CaseQuery(Set.of(), Set.of(), null, null, null, false, null, CaseQuery.Sort.SEVERITY)));
        assertFalse(numbers(CaseQuery.all().withAssignee("nobody")).contains(scan.number()));
    }

    @Test
    void aRegistrySystemsOpenCasesAreListedByItsIdWithTheLevelSaved() throws CaseException {
        Case c2 = store.create(Fixtures.fullDraft("C2 beacon"));
        Case old = store.create(Fixtures.fullDraft("Old scan"));
        Case triaged = store.update(old.edit().status(Status.TRIAGE).build());
        store.update(triaged.edit().status(Status.CLOSED).resolution(Resolution.FALSE_POSITIVE)
                .summary("The SOC's own scanner").build());
        CaseDraft unregistered = CaseDraft.create("Guest wifi");
        unregistered.systems().add(SystemRef.text("Wifi khách tầng 2"));
        Case wifi = store.create(unregistered);

        assertEquals(List.of(c2.number()), numbers(CaseQuery.open().withSystem("sys-042")));
        assertEquals(List.of(wifi.number()), numbers(CaseQuery.open().withSystem("wifi khách")));
        assertEquals(List.of(c2.number()), AffectedSystems.openBySystem(store.list(CaseQuery.open())).get("sys-042")
                .stream().map(Case::number).toList());
        assertEquals(Optional.of(3), AffectedSystems.highestLevel(store.get(c2.number().toString()).systems()));
    }

    @Test
    void anUnknownOrMalformedNumberIsSaidSo() {
        CaseNotFoundException missing = assertThrows(CaseNotFoundException.class, () -> store.get("VIG-2001-0042"));
        InvalidCaseException malformed = assertThrows(InvalidCaseException.class, () -> store.get("case 42"));

        assertTrue(missing.getMessage().contains("VIG-2001-0042") && missing.getMessage().contains(store.info().name()),
                missing.getMessage());
        assertEquals("number", malformed.field());
    }

    private List<CaseNumber> numbers(CaseQuery query) throws CaseException {
        return store.list(query).stream().map(Case::number).toList();
    }

    private Case resolvedCase() throws CaseException {
        Case c = store.create(CaseDraft.create("Scan"));
        for (Status next : List.of(Status.TRIAGE, Status.IN_PROGRESS, Status.RESOLVED)) {
            c = store.update(c.edit().status(next).build());
        }
        return c;
    }
}
