package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.QueryDsl;
import org.vigil.events.dsl.QueryDslException;
import org.vigil.query.KqlParser;

/**
 * The JSON the SDK's translator sends to an Elasticsearch-compatible engine: what the engine then
 * finds is held to the embedded store's by the OpenSearch cross-engine test; here, the text itself
 * where a mistake would be silent (escaping, leniency, unknown fields, date math).
 */
class QueryDslTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final TimeRange RANGE = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), NOW);
    private static final Map<String, DslField> FIELDS = Map.of(
            "user.name", new DslField(FieldType.KEYWORD, "user.name"),
            "destination.port", new DslField(FieldType.LONG, "destination.port"),
            "source.ip", new DslField(FieldType.IP, "source.ip"),
            "message", new DslField(FieldType.TEXT, "message.keyword"));

    @Test
    void everyQueryIsBoundedByItsTimeRangeFromIncludedToExcluded() throws Exception {
        assertEquals("{\"bool\":{\"filter\":[{\"range\":{\"@timestamp\":{\"gte\":\"2026-11-01T00:00:00Z\","
                + "\"lt\":\"2026-11-20T06:00:00Z\",\"format\":\"strict_date_optional_time\"}}}]}}", translate("*"));
    }

    @Test
    void quotesAndBackslashesInAValueAreEscaped() throws Exception {
        assertTrue(translate("user.name:\"o\\\"brien\\\\x\"").contains("{\"term\":{\"user.name\":\"o\\\"brien\\\\x\"}}"),
                translate("user.name:\"o\\\"brien\\\\x\""));
    }

    @Test
    void aBareWordSkipsTheFieldsThatCannotTakeItAndAnUnknownFieldMatchesNothing() throws Exception {
        String word = translate("admin");
        assertTrue(word.contains("{\"term\":{\"user.name\":\"admin\"}}") && word.contains("\"match\":{\"message\""), word);
        assertFalse(word.contains("destination.port") || word.contains("source.ip"), word);
        assertTrue(translate("no.such:x").contains("{\"match_none\":{}}"));
    }

    @Test
    void aCidrBlockIsOneTermAndANumberNamedOnItsOwnMustBeANumber() throws Exception {
        assertTrue(translate("source.ip:10.0.0.0/8").contains("{\"term\":{\"source.ip\":\"10.0.0.0/8\"}}"));
        QueryDslException e = assertThrows(QueryDslException.class, () -> translate("destination.port:https"));
        assertEquals("destination.port", e.field());
        assertTrue(e.getMessage().contains("https"), e.getMessage());
    }

    @Test
    void dateMathIsResolvedAgainstTheSearchsInstantAndSaysSo() throws Exception {
        QueryDsl dsl = new QueryDsl(Map.of("@timestamp", new DslField(FieldType.DATE, "@timestamp")), NOW, "@timestamp");

        String json = dsl.translate(KqlParser.parse("@timestamp >= now-1d/d"), RANGE);

        assertTrue(json.contains("{\"gte\":\"2026-11-19T00:00:00Z\""), json);
        assertTrue(dsl.readsClock());
    }

    private static String translate(String kql) throws Exception {
        return new QueryDsl(FIELDS, NOW, "@timestamp").translate(KqlParser.parse(kql), RANGE);
    }
}
