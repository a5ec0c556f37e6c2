package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;
import org.vigil.query.KqlParser;

/**
 * Two indices of one pattern that map a field with different types, as Zeek's {@code version}
 * (a number in {@code ntp}, a word in {@code ssl}): a query gives each index the clause of its
 * type instead of failing the other's shard, and sub-fields can be named exactly.
 */
class SeveralTypesTest {

    private static final TimeRange NOVEMBER = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));

    private static OpenSearchConnection connection;
    private static OpenSearchEventSource zeek;
    private static String ntp;
    private static String ssl;

    @BeforeAll
    static void loadBothIndices() throws Exception {
        String pattern = OsNode.newIndex("zeek");
        ntp = pattern + "-ntp";
        ssl = pattern + "-ssl";
        OsNode.create(ntp, "{\"@timestamp\":{\"type\":\"date\"},\"version\":{\"type\":\"long\"}}");
        OsNode.create(ssl, "{\"@timestamp\":{\"type\":\"date\"},\"version\":{\"type\":\"keyword\"},"
                + "\"message\":{\"type\":\"text\",\"fields\":{\"keyword\":{\"type\":\"keyword\"}}}}");
        OsNode.writeRaw(ntp, List.of("{\"@timestamp\":\"2026-11-10T00:00:00Z\",\"version\":4}"));
        OsNode.writeRaw(ssl, List.of("{\"@timestamp\":\"2026-11-10T00:00:00Z\",\"version\":\"TLSv12\","
                + "\"message\":\"Handshake done\"}",
                "{\"@timestamp\":\"2026-11-11T00:00:00Z\",\"version\":\"4\",\"message\":\"Handshake failed\"}"));
        connection = OpenSearchConnection.open("zeek", OpenSearchConnection.Settings.of(OsNode.url()));
        zeek = OpenSearchEventSource.of("zeek", connection, pattern + "-*");
    }

    @AfterAll
    static void drop() throws Exception {
        if (connection != null) {
            connection.close();
            OsNode.delete(ntp);
            OsNode.delete(ssl);
        }
    }

    @Test
    void aWordIsSearchedOnlyWhereTheFieldHoldsWords() throws Exception {
        assertEquals(1, count("version:TLSv12"));
        assertEquals(1, count("version:TLS*"));
    }

    @Test
    void aNumberIsSearchedWhereverItFitsTheFieldsType() throws Exception {
        assertEquals(2, count("version:4"));
        assertEquals(1, count("version >= 3"), "compared as a number where the field is one");
    }

    @Test
    void aSubFieldIsSearchedByItsWholeValue() throws Exception {
        assertEquals(1, count("message.keyword:\"Handshake done\""));
        assertEquals(0, count("message.keyword:Handshake"));
    }

    private static long count(String kql) throws Exception {
        return zeek.count(new EventQuery(KqlParser.parse(kql), NOVEMBER), Cancellation.none());
    }
}
