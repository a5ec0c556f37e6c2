package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;

/** Addresses where nothing answers; needs no Elasticsearch node. */
class DeadServerTest {

    private static ElasticsearchConnector connector;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    @Test
    void closedPortSaysNoElasticsearchAnswers() throws Exception {
        String url = "http://127.0.0.1:" + EsNodes.closedPort();

        ConnectionFailedException e = checkFails(ConnectionProfile.of("dead", URI.create(url)));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertEquals(url, e.location());
        assertTrue(e.getMessage().startsWith("No Elasticsearch answers at " + url), e.getMessage());
    }

    @Test
    void unknownHostSaysSo() throws Exception {
        ConnectionFailedException e = checkFails(
                ConnectionProfile.of("typo", URI.create("http://no-such-node.invalid:9200")));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains("the host name no-such-node.invalid is unknown"), e.getMessage());
    }

    private static ConnectionFailedException checkFails(ConnectionProfile profile) throws ConnectionFailedException {
        try (ElasticsearchConnection connection = connector.open(profile)) {
            return assertThrows(ConnectionFailedException.class, connection::check);
        }
    }
}
