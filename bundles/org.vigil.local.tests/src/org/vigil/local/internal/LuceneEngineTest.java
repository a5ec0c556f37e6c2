package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.query.KqlParser;

/** A translated query is reused while it still holds: same fields, no clock. */
class LuceneEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final TimeRange DAY = new TimeRange(NOW.minus(Duration.ofDays(1)), NOW);

    @Test
    void theSameQueryIsTranslatedOnceWhateverTheClockSays() throws Exception {
        try (LuceneEngine engine = engineWith(event("a", Map.of("event.action", "logon-failed")))) {
            EventQuery query = query("event.action:logon*");

            assertSame(engine.translate(query, NOW), engine.translate(query, NOW.plusSeconds(5)));
        }
    }

    @Test
    void aQueryWithDateMathIsTranslatedForEachInstant() throws Exception {
        try (LuceneEngine engine = engineWith(event("a", Map.of("event.created", NOW.toString())))) {
            EventQuery query = query("event.created >= now-1h");

            assertNotEquals(engine.translate(query, NOW), engine.translate(query, NOW.plusSeconds(3_600)));
        }
    }

    @Test
    void aFieldImportedAfterATranslationIsSearchedThen() throws Exception {
        try (LuceneEngine engine = engineWith(event("a", Map.of("event.action", "logon-failed")))) {
            EventQuery query = query("rule.name:scan");
            assertEquals(0, engine.count(engine.translate(query, NOW), Cancellation.none()));

            engine.add(List.of(event("b", Map.of("rule.name", "scan"))).iterator(), Cancellation.none());

            assertEquals(1, engine.count(engine.translate(query, NOW), Cancellation.none()));
        }
    }

    private static LuceneEngine engineWith(Event event) throws Exception {
        LuceneEngine engine = LuceneEngine.inMemory("test");
        engine.add(List.of(event).iterator(), Cancellation.none());
        return engine;
    }

    private static Event event(String id, Map<String, Object> fields) {
        return new Event(id, NOW.minusSeconds(60), fields);
    }

    private static EventQuery query(String kql) throws Exception {
        return new EventQuery(KqlParser.parse(kql), DAY);
    }
}
