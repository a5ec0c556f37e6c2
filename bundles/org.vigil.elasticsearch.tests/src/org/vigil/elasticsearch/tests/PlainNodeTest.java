package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;

import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;

/** A real node with security off ({@code vigil.es.plain.url}). */
class PlainNodeTest {

    private static ElasticsearchConnector connector;

    private ConnectionProfile profile;

    private ElasticsearchConnection connection;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    /** Looks for the node before each test, so that a missing node shows as skipped tests. */
    @BeforeEach
    void connect() throws ConnectionFailedException {
        profile = EsNodes.plain();
        connection = connector.open(profile);
    }

    @AfterEach
    void disconnect() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void checkNamesClusterAndVersion() throws ConnectionFailedException {
        ClusterInfo info = connection.check();

        assertFalse(info.clusterName().isBlank());
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+.*"), info.version());
    }

    @Test
    void indexedEventsAreFoundByTermQueries() throws ConnectionFailedException {
        try (EcsIndex index = EcsIndex.create(connection)) {
            EcsIndex.Found failedLogons = index.searchTerm(connection, "event.action", "logon-failed");
            EcsIndex.Found fromSubnet = index.searchTerm(connection, "source.ip", "10.20.0.0/16");

            assertEquals(new EcsIndex.Found(2, List.of("evt-1", "evt-3"), List.of("10.20.0.7", "10.20.0.7")),
                    failedLogons);
            assertEquals(List.of("evt-1", "evt-2", "evt-3"), fromSubnet.ids());
        }
    }

    @Test
    void addressWithTrailingSlashWorks() throws ConnectionFailedException {
        ConnectionProfile slashed = ConnectionProfile.of("slash", URI.create(profile.location() + "/"));
        try (ElasticsearchConnection other = connector.open(slashed)) {
            assertFalse(other.check().clusterName().isBlank());
        }
    }

    @Test
    void closingTheConnectionClosesTheTransport() {
        Rest5ClientTransport transport = (Rest5ClientTransport) connection.client()._transport();

        connection.close();

        assertFalse(transport.restClient().isRunning());
    }

    @Test
    void httpsToAPlainNodeSaysItDoesNotSpeakTls() throws ConnectionFailedException {
        String url = profile.location().replaceFirst("^http:", "https:");
        try (ElasticsearchConnection tls = connector.open(ConnectionProfile.of("tls", URI.create(url)))) {
            ConnectionFailedException e = assertThrows(ConnectionFailedException.class, tls::check);

            assertEquals(Reason.TLS, e.reason());
            assertTrue(e.getMessage().contains(url + " does not speak TLS"), e.getMessage());
        }
    }
}
