package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.Cancellation;
import org.vigil.events.Cursor;
import org.vigil.events.EventQuery;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;
import org.vigil.events.testing.ContractEvents;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;
import org.vigil.query.KqlParser;

/**
 * What an operator reads when a source cannot answer: a dead node, a wrong password, a query that
 * does not fit the fields, a page position from elsewhere. Each error names the source. The
 * OpenSearch test zip has no security plugin, so the password and TLS checks run against the
 * secure Elasticsearch test node, which answers the same REST calls with a real 401 over a real
 * private CA.
 */
class FailuresTest {

    private static String index;

    @BeforeAll
    static void oneEvent() throws Exception {
        index = OsNode.newIndex("vigil-it-failures");
        OsNode.create(index, Properties.of(Map.of("destination.port", FieldType.LONG)));
        OsNode.write(index, List.of(new Event("one", Instant.parse("2026-11-19T00:00:00Z"),
                Map.of("destination.port", 443L))));
    }

    @AfterAll
    static void drop() throws Exception {
        if (index != null) {
            OsNode.delete(index);
        }
    }

    @Test
    void aDeadNodeIsUnavailableAndTheMessageNamesTheSourceAndTheAddress() throws Exception {
        String url = "http://127.0.0.1:" + OsNode.closedPort();
        try (OpenSearchConnection connection = OpenSearchConnection.open("dead-os", OpenSearchConnection.Settings.of(url))) {
            OpenSearchEventSource source = OpenSearchEventSource.of("dead-os", connection, "wazuh-alerts-*");

            SourceException e = assertThrows(SourceException.class, () -> source.count(all(), Cancellation.none()));

            assertEquals(SourceException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
            assertEquals("dead-os", e.source());
            assertTrue(e.getMessage().contains("dead-os") && e.getMessage().contains(url), e.getMessage());
        }
    }

    @Test
    void aWrongPasswordIsDeniedAndNamesTheSource() throws Exception {
        try (OpenSearchConnection connection = OpenSearchConnection.open("wrong-password", new OpenSearchConnection.Settings(
                OsNode.esProperty("vigil.es.secure.url"), OsNode.esProperty("vigil.es.secure.user"), "not-the-password",
                Path.of(OsNode.esProperty("vigil.es.secure.ca"))))) {
            OpenSearchEventSource source = OpenSearchEventSource.of("wrong-password", connection, "vigil-*");

            SourceException e = assertThrows(SourceException.class, () -> source.fields(Cancellation.none()));

            assertEquals(SourceException.Kind.DENIED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("wrong-password") && e.getMessage().contains("401"), e.getMessage());
        }
    }

    @Test
    void theRightPasswordOverTlsWithThePrivateCaIsAnswered() throws Exception {
        try (OpenSearchConnection connection = OpenSearchConnection.open("tls", new OpenSearchConnection.Settings(
                OsNode.esProperty("vigil.es.secure.url"), OsNode.esProperty("vigil.es.secure.user"),
                OsNode.esProperty("vigil.es.secure.password"), Path.of(OsNode.esProperty("vigil.es.secure.ca"))))) {
            OpenSearchEventSource source = OpenSearchEventSource.of("tls", connection, "vigil-no-such-index-*");

            assertEquals(List.of(), source.fields(Cancellation.none()));
        }
    }

    @Test
    void withoutThePrivateCaTheNodeIsNotTrusted() throws Exception {
        try (OpenSearchConnection connection = OpenSearchConnection.open("untrusted", new OpenSearchConnection.Settings(
                OsNode.esProperty("vigil.es.secure.url"), OsNode.esProperty("vigil.es.secure.user"),
                OsNode.esProperty("vigil.es.secure.password"), null))) {
            OpenSearchEventSource source = OpenSearchEventSource.of("untrusted", connection, "vigil-*");

            SourceException e = assertThrows(SourceException.class, () -> source.fields(Cancellation.none()));

            assertEquals(SourceException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("untrusted"), e.getMessage());
        }
    }

    @Test
    void aValueTheFieldCannotTakeIsABadQueryNamingFieldAndValue() throws Exception {
        try (OpenSearchConnection connection = plain()) {
            OpenSearchEventSource source = OpenSearchEventSource.of("bad-query", connection, index);

            SourceException e = assertThrows(SourceException.class, () -> source.count(
                    new EventQuery(KqlParser.parse("destination.port:https"), ContractEvents.ALL), Cancellation.none()));

            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("bad-query") && e.getMessage().contains("destination.port")
                    && e.getMessage().contains("https"), e.getMessage());
        }
    }

    @Test
    void aPagePositionFromElsewhereIsABadQuery() throws Exception {
        try (OpenSearchConnection connection = plain()) {
            OpenSearchEventSource source = OpenSearchEventSource.of("cursor", connection, index);
            SearchRequest request = new SearchRequest(all(), Event.TIMESTAMP, false, 10, new Cursor("not-a-cursor"));

            SourceException e = assertThrows(SourceException.class, () -> source.search(request, Cancellation.none()));

            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("cursor"), e.getMessage());
        }
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWhenOpening() {
        SourceException e = assertThrows(SourceException.class,
                () -> OpenSearchConnection.open("ftp-os", OpenSearchConnection.Settings.of("ftp://127.0.0.1:21")));

        assertTrue(e.getMessage().contains("ftp-os") && e.getMessage().contains("ftp://127.0.0.1:21"), e.getMessage());
    }

    private static OpenSearchConnection plain() throws SourceException {
        return OpenSearchConnection.open("plain", OpenSearchConnection.Settings.of(OsNode.url()));
    }

    private static EventQuery all() throws Exception {
        return new EventQuery(KqlParser.parse("*"), ContractEvents.ALL);
    }
}
