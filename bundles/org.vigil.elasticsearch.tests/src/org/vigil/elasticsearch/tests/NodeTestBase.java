package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;

/**
 * What every real node must do whatever its security profile: answer who it is, and index and
 * find events through the client. Subclasses name the node and add their profile's own cases.
 */
abstract class NodeTestBase {

    static ElasticsearchConnector connector;

    ElasticsearchConnection connection;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    /**
     * Looks the node up before each test, so that a missing node shows as skipped tests.
     *
     * @return the profile with full rights on the node under test
     */
    abstract ConnectionProfile adminProfile();

    @BeforeEach
    void connect() throws ConnectionFailedException {
        connection = connector.open(adminProfile());
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
}
