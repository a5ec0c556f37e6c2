package org.vigil.cases.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Category;
import org.vigil.cases.EventCases;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.Pap;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Tlp;
import org.vigil.core.model.Event;

/** Cases and events the contract writes: a C2 connection seen on a provincial agency's host. */
public final class Fixtures {

    /** When the C2 traffic was first seen. */
    public static final Instant SEEN = Instant.parse("2026-10-02T01:15:30.123Z");

    private Fixtures() {
    }

    /** @return an event of a host talking to a command server, with ECS fields to extract */
    public static Event c2Event() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.kind", "alert");
        fields.put("source.ip", "10.20.3.44");
        fields.put("destination.ip", "203.0.113.66");
        fields.put("destination.domain", "Update-Check.example.NET");
        fields.put("user.name", "nguyen.van.a");
        fields.put("file.hash.sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
        fields.put("rule.name", "ET MALWARE Known C2 Beacon");
        return new Event("evt-c2-1", SEEN, fields);
    }

    /**
     * @param title the title
     * @return a draft using every part of the model: systems (free text and registry), all
     *         classifications, observables, a mandatory and an optional task, evidence, an SLA
     * @throws InvalidCaseException never for these values
     */
    public static CaseDraft fullDraft(String title) throws InvalidCaseException {
        CaseDraft draft = CaseDraft.create(title).description("Beacon every **60 s** to a known C2.")
                .impact("One workstation of the Department of Finance.").detectionSource("Suricata at the provincial data centre")
                .severity(Severity.HIGH).tlp(Tlp.AMBER_STRICT).pap(Pap.GREEN).category(Category.MALWARE_C2)
                .sla(new Sla(Duration.ofHours(2), Duration.ofDays(2))).times(KeyTimes.detectedAt(SEEN));
        draft.tags().addAll(List.of("c2", "finance"));
        draft.watchers().add("tran.thi.b");
        draft.systems().add(SystemRef.text("Cổng thông tin điện tử tỉnh"));
        draft.systems().add(new SystemRef("sys-042", "Hệ thống quản lý văn bản", 3));
        draft.observables().add(Observables.of(ObservableType.IP, "203.0.113.66").withIoc(true));
        draft.tasks().add(CaseTask.open("Isolate the host", true));
        draft.tasks().add(CaseTask.open("Collect the sample", false));
        draft.evidence().add(EventCases.evidence("embedded", "events", c2Event(), "analyst-a", SEEN.plusSeconds(60)));
        return draft;
    }
}
