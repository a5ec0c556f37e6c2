package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.lucene.search.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.query.KqlParser;

/** KQL over the embedded store finds exactly the events a hand-written filter finds. */
class LuceneQueryTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final TimeRange ALL_TIME = new TimeRange(NOW.minus(Duration.ofDays(3650)), NOW.plusSeconds(1));
    private static final List<Event> EVENTS = List.of(
            event("a", "2026-10-31T23:30:00Z", Map.of("event.action", "port-scan", "source.ip", "203.0.113.7",
                    "destination.port", 22L, "message", "Inbound SSH scan from outside")),
            event("b", "2026-10-31T12:00:00Z", Map.of("event.action", "logon-failed", "source.ip", "10.4.10.12",
                    "user.name", "admin", "message", "Failed ssh logon for admin")),
            event("c", "2026-10-30T08:00:00Z", Map.of("event.action", "logon", "source.ip", "10.4.10.13",
                    "user.name", "nguyenvana", "message", "Accepted rdp logon for nguyenvana")),
            event("d", "2026-10-20T00:00:00Z", Map.of("event.action", "vulnerability-found", "host.ip", "10.9.11.40",
                    "vulnerability.score.base", 9.8, "vulnerability.id", "CVE-2017-0144", "tags", List.of("smb", "critical"))),
            event("e", "2026-10-01T00:00:00Z", Map.of("event.action", "web-attack", "source.ip", "2001:db8::7",
                    "destination.port", 443L, "url.original", "https://stc.demo/index.php?id=1' OR '1'='1",
                    "threat.confirmed", true)));

    @TempDir
    static Path directory;
    private static LuceneEventStore store;

    @BeforeAll
    static void fill() throws Exception {
        store = LuceneEventStore.open("test", directory);
        store.add(EVENTS.iterator(), org.vigil.events.Cancellation.none());
        store.commit();
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void everyQueryFormFindsWhatAHandFilterFinds() throws Exception {
        Map<String, Predicate<Event>> cases = new java.util.LinkedHashMap<>();
        cases.put("event.action:port-scan", e -> "port-scan".equals(e.get("event.action")));
        cases.put("event.action:logon*", e -> String.valueOf(e.get("event.action")).startsWith("logon"));
        cases.put("source.ip:10.0.0.0/8", e -> String.valueOf(e.get("source.ip")).startsWith("10."));
        cases.put("source.ip:\"10.4.10.12\"", e -> "10.4.10.12".equals(e.get("source.ip")));
        cases.put("source.ip:\"2001:db8::/32\"", e -> "2001:db8::7".equals(e.get("source.ip")));
        cases.put("*.ip:10.9.11.40", e -> "10.9.11.40".equals(e.get("host.ip")));
        cases.put("destination.port >= 100", e -> e.get("destination.port") instanceof Long p && p >= 100);
        cases.put("destination.port < 443 and not event.action:web-attack",
                e -> e.get("destination.port") instanceof Long p && p < 443);
        cases.put("vulnerability.score.base > 9.5", e -> e.get("vulnerability.score.base") != null);
        cases.put("@timestamp >= now-1d", e -> !e.timestamp().isBefore(NOW.minus(Duration.ofDays(1))));
        cases.put("@timestamp:2026-10-31", e -> e.timestamp().toString().startsWith("2026-10-31"));
        cases.put("user.name:*", e -> e.get("user.name") != null);
        cases.put("message:logon", e -> String.valueOf(e.get("message")).toLowerCase().contains("logon"));
        cases.put("message:\"failed ssh\"", e -> String.valueOf(e.get("message")).contains("Failed ssh"));
        cases.put("message:ssh and not user.name:admin", e -> String.valueOf(e.get("message")).toLowerCase()
                .contains("ssh") && !"admin".equals(e.get("user.name")));
        cases.put("event.action:(logon or port-scan)", e -> Set.of("logon", "port-scan").contains(e.get("event.action")));
        cases.put("tags:critical", e -> e.get("tags") instanceof List<?> tags && tags.contains("critical"));
        cases.put("threat.confirmed:true", e -> Boolean.TRUE.equals(e.get("threat.confirmed")));
        cases.put("nguyenvana", e -> e.fields().values().stream().anyMatch(v -> String.valueOf(v).contains("nguyenvana")));
        cases.put("443", e -> Long.valueOf(443).equals(e.get("destination.port")));
        cases.put("no.such.field:x", e -> false);
        cases.put("not event.action:logon and source.ip:10.4.0.0/16",
                e -> !"logon".equals(e.get("event.action")) && String.valueOf(e.get("source.ip")).startsWith("10.4."));
        cases.put("not event.action:logon and not event.action:port-scan",
                e -> !Set.of("logon", "port-scan").contains(e.get("event.action")));
        cases.put("", e -> true);
        for (Map.Entry<String, Predicate<Event>> entry : cases.entrySet()) {
            assertEquals(expected(entry.getValue()), found(entry.getKey()), entry.getKey());
        }
    }

    @Test
    void aWordOnANamedNumberFieldIsAnErrorNamingFieldTypeAndValue() {
        LuceneQueryTranslator.BadQueryException e = assertThrows(LuceneQueryTranslator.BadQueryException.class,
                () -> found("destination.port:https"));
        assertTrue(e.getMessage().contains("destination.port") && e.getMessage().contains("long")
                && e.getMessage().contains("https"), e.getMessage());
    }

    @Test
    void badDateMathSaysWhere() {
        LuceneQueryTranslator.BadQueryException e = assertThrows(LuceneQueryTranslator.BadQueryException.class,
                () -> found("@timestamp > now-1x"));
        assertTrue(e.getMessage().contains("now-1x"), e.getMessage());
    }

    private static Set<String> found(String kql) throws Exception {
        LuceneQueryTranslator translator = new LuceneQueryTranslator(store.catalog(), LuceneEventStore.analyzer(), NOW);
        return store.search(translator.translate(KqlParser.parse(kql), ALL_TIME), Sort.INDEXORDER, 100, null)
                .events().stream().map(Event::id).collect(Collectors.toSet());
    }

    private static Set<String> expected(Predicate<Event> filter) {
        return EVENTS.stream().filter(filter).map(Event::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Event event(String id, String time, Map<String, Object> fields) {
        return new Event(id, Instant.parse(time), fields);
    }
}
