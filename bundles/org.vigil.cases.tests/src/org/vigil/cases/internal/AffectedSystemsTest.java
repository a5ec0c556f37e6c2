package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.cases.AffectedSystems;
import org.vigil.cases.AffectedSystems.Choice;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.EventCases;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.core.model.Event;

/** Cases and the registry: systems from tagged events, levels, the picker's filter, open cases per system. */
class AffectedSystemsTest {

    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
    private static final SystemRef PORTAL = new SystemRef("cong-ttdt-tinh", "Cổng thông tin điện tử tỉnh", 3);
    private static final SystemRef MAIL = new SystemRef("thu-dien-tu", "Hệ thống thư điện tử", 2);

    @Test
    void aCaseFromTaggedEventsAffectsTheirSystemsOnceEachWithTheLevelOfTheFirst() {
        List<Event> events = List.of(
                event("e1", Map.of("source.ip", "10.20.3.44", "vigil.system.id", "cong-ttdt-tinh",
                        "vigil.system.name", "Cổng thông tin điện tử tỉnh", "vigil.system.level", 3L)),
                event("e2", Map.of("vigil.system.id", List.of("cong-ttdt-tinh", "thu-dien-tu"), "vigil.system.name",
                        List.of("Cổng thông tin điện tử tỉnh", "Hệ thống thư điện tử"), "vigil.system.level", 3L)),
                event("e3", Map.of("source.ip", "10.20.3.45")));

        Case c = EventCases.draft("Scan of the portal", "demo", "demo", events, "analyst", AT).build();

        assertEquals(List.of(PORTAL, new SystemRef("thu-dien-tu", "Hệ thống thư điện tử", null)), c.systems());
    }

    @Test
    void addingEventsKeepsTheSystemsTheCaseHas() {
        CaseDraft draft = CaseDraft.create("Phishing");
        draft.systems().add(SystemRef.text("Máy chủ chưa đăng ký"));
        draft.systems().add(MAIL);

        EventCases.addTo(draft, "demo", "demo", List.of(event("e1", Map.of("vigil.system.id", "thu-dien-tu",
                "vigil.system.name", "Thư", "vigil.system.level", "9"))), "analyst", AT);

        assertEquals(List.of(SystemRef.text("Máy chủ chưa đăng ký"), MAIL), draft.build().systems());
    }

    @Test
    void theRegistryGivesRegisteredSystemsTheirCurrentNameAndLevelAndTheCaseItsHighest() {
        List<SystemRef> stored = List.of(new SystemRef("cong-ttdt-tinh", "Cổng cũ", 2), SystemRef.text("Wifi khách"));

        List<SystemRef> shown = AffectedSystems.refreshed(stored, Map.of(PORTAL.registryId(), PORTAL));

        assertEquals(List.of(PORTAL, SystemRef.text("Wifi khách")), shown);
        assertEquals(Optional.of(3), AffectedSystems.highestLevel(List.of(MAIL, SystemRef.text("x"), PORTAL)));
        assertEquals(Optional.empty(), AffectedSystems.highestLevel(List.of(SystemRef.text("x"))));
    }

    @Test
    void typingNarrowsTheRegistryListByNameAgencyOrIdWithoutDiacritics() {
        List<Choice> choices = List.of(new Choice(PORTAL, "Văn phòng UBND tỉnh"), new Choice(MAIL, "Sở Thông tin và Truyền thông"));

        assertEquals(List.of(PORTAL), names(AffectedSystems.filter(choices, "cong dien tu")));
        assertEquals(List.of(MAIL), names(AffectedSystems.filter(choices, "SỞ THÔNG")));
        assertEquals(List.of(MAIL), names(AffectedSystems.filter(choices, "thu-dien")));
        assertEquals(List.of(PORTAL, MAIL), names(AffectedSystems.filter(choices, "  ")));
        assertEquals(List.of(), names(AffectedSystems.filter(choices, "đất đai")));
    }

    @Test
    void aSystemShowsItsOpenCasesOnlyAndTheListFiltersByRegistryIdOrName() {
        Case open = withSystems("Defacement", Status.IN_PROGRESS, PORTAL, MAIL);
        Case closed = withSystems("Old scan", Status.CLOSED, PORTAL);
        Case textOnly = withSystems("Guest wifi", Status.NEW, SystemRef.text("Cổng thông tin điện tử tỉnh"));

        Map<String, List<Case>> bySystem = AffectedSystems.openBySystem(List.of(open, closed, textOnly));

        assertEquals(Map.of("cong-ttdt-tinh", List.of(open), "thu-dien-tu", List.of(open)), bySystem);
        CaseQuery onPortal = CaseQuery.open().withSystem("cong-ttdt-tinh");
        assertTrue(onPortal.matches(open, null, AT));
        assertFalse(onPortal.matches(closed, null, AT));
        assertFalse(onPortal.matches(textOnly, null, AT));
        assertTrue(CaseQuery.all().withSystem("điện tử").matches(textOnly, null, AT));
    }

    private static Case withSystems(String title, Status status, SystemRef... systems) {
        CaseDraft draft = CaseDraft.create(title).status(status);
        draft.systems().addAll(List.of(systems));
        return draft.build();
    }

    private static List<SystemRef> names(List<Choice> choices) {
        return choices.stream().map(Choice::system).toList();
    }

    private static Event event(String id, Map<String, Object> fields) {
        return new Event(id, AT, new LinkedHashMap<>(fields));
    }
}
