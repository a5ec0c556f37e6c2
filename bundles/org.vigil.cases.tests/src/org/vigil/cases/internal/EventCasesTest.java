package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.EventCases;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.query.KqlParser;

/** "Create case from selected events": observables, evidence and the detection time from ECS fields. */
class EventCasesTest {

    private static final Instant FIRST = Instant.parse("2026-10-02T01:15:30Z");

    @Test
    void observablesComeFromTheEcsFieldsOnceEachAndBadValuesAreSkipped() {
        List<Observable> found = EventCases.observables(List.of(
                event("e1", FIRST, Map.of("source.ip", "10.20.3.44", "destination.ip", "203.0.113.66",
                        "dns.question.name", "Update-Check.example.net", "user.name", "nguyen.van.a")),
                event("e2", FIRST.plusSeconds(30), Map.of("source.ip", List.of("10.20.3.44", "not-an-ip"),
                        "file.hash.md5", "D41D8CD98F00B204E9800998ECF8427E", "related.hash",
                        "da39a3ee5e6b4b0d3255bfef95601890afd80709", "url.full", "http://203.0.113.66/gate.php",
                        "file.name", "invoice.pdf.exe", "email.from.address", "ke.gian@example.com"))));

        assertEquals(List.of("ip 10.20.3.44", "ip 203.0.113.66", "domain update-check.example.net",
                "url http://203.0.113.66/gate.php", "md5 d41d8cd98f00b204e9800998ecf8427e",
                "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709", "account nguyen.van.a",
                "email ke.gian@example.com", "file_name invoice.pdf.exe"),
                found.stream().map(Observable::toString).toList());
    }

    @Test
    void aCaseFromEventsLinksThemWithSnapshotsAndStartsAtTheFirst() {
        List<Event> selected = List.of(event("e2", FIRST.plusSeconds(30), Map.of("source.ip", "10.20.3.44")),
                event("e1", FIRST, Map.of("source.ip", "10.20.3.44", "event.action", "beacon")));

        Case draft = EventCases.draft("Beacon from 10.20.3.44", "soc", "logs-suricata-*", selected, "analyst",
                FIRST.plusSeconds(3600)).build();

        assertEquals(FIRST, draft.times().detected());
        assertEquals(List.of("soc/logs-suricata-*/e2", "soc/logs-suricata-*/e1"),
                draft.evidence().stream().map(e -> e.key()).toList());
        assertTrue(draft.evidence().get(1).snapshot().contains("\"event.action\":\"beacon\""),
                draft.evidence().get(1).snapshot());
        assertEquals(1, draft.observables().size());
    }

    @Test
    void anObservablePivotsToAQueryOverTheFieldsItIsFoundIn() throws Exception {
        String ip = EventCases.pivot(Observables.of(ObservableType.CIDR, "10.20.0.0/16"));
        String hash = EventCases.pivot(Observables.of(ObservableType.MD5, "D41D8CD98F00B204E9800998ECF8427E"));
        String account = EventCases.pivot(Observables.of(ObservableType.ACCOUNT, "CORP\\a \"b\""));

        assertTrue(ip.startsWith("source.ip:\"10.20.0.0/16\" or destination.ip:\"10.20.0.0/16\""), ip);
        assertEquals("file.hash.md5:\"d41d8cd98f00b204e9800998ecf8427e\" or process.hash.md5:\"d41d8cd98f00b204e9800998ecf8427e\""
                + " or dll.hash.md5:\"d41d8cd98f00b204e9800998ecf8427e\" or related.hash:\"d41d8cd98f00b204e9800998ecf8427e\"", hash);
        assertTrue(account.startsWith("user.name:\"CORP\\\\a \\\"b\\\"\""), account);
        for (String query : List.of(ip, hash, account)) {
            KqlParser.parse(query);
        }
    }

    @Test
    void aPivotSearchesFromAnHourBeforeTheFirstEventToTheCloseOrNow() {
        List<Event> selected = List.of(event("e1", FIRST, Map.of("source.ip", "10.20.3.44")));
        CaseDraft draft = EventCases.draft("Beacon", "soc", "logs", selected, "analyst", FIRST.plusSeconds(7200));
        Instant now = FIRST.plus(Duration.ofDays(2));

        TimeRange open = EventCases.pivotRange(draft.build(), now);
        draft.times(draft.times().withClosed(FIRST.plus(Duration.ofDays(1))));
        TimeRange closed = EventCases.pivotRange(draft.build(), now);

        assertEquals(new TimeRange(FIRST.minus(Duration.ofHours(1)), now), open);
        assertEquals(new TimeRange(FIRST.minus(Duration.ofHours(1)), FIRST.plus(Duration.ofDays(1))), closed);
    }

    private static Event event(String id, Instant at, Map<String, Object> fields) {
        return new Event(id, at, new LinkedHashMap<>(fields));
    }
}
