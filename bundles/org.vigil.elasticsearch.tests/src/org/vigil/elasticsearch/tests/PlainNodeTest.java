package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;

import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;

/** A real node with security off ({@code vigil.es.plain.url}). */
class PlainNodeTest extends NodeTestBase {

    private ConnectionProfile profile;

    @Override
    ConnectionProfile adminProfile() {
        profile = EsNodes.plain();
        return profile;
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
