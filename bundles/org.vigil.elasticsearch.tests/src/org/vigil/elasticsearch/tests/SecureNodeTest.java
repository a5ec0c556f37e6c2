package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;

/**
 * A real node with security and TLS on ({@code vigil.es.secure.*}): an administrator, a user
 * that may only read {@code vigil-*}, and a private CA.
 */
class SecureNodeTest extends NodeTestBase {

    private EsNodes.Secure node;

    @Override
    ConnectionProfile adminProfile() {
        node = EsNodes.secure();
        return node.admin();
    }

    @Test
    void wrongPasswordNamesUserAndAddress() throws ConnectionFailedException {
        ConnectionProfile wrong = node.admin().withCredentials(node.admin().username(), "not-the-password");

        ConnectionFailedException e = checkFails(wrong);

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("Elasticsearch at " + wrong.location() + " rejected the user "
                + wrong.username() + ": wrong user name or password"), e.getMessage());
    }

    @Test
    void noCredentialsSaysTheyAreRequired() throws ConnectionFailedException {
        ConnectionProfile anonymous = node.admin().withCredentials(null, null);

        ConnectionFailedException e = checkFails(anonymous);

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("requires a user name and password"), e.getMessage());
    }

    @Test
    void readerCanSearchButNotIndex() throws ConnectionFailedException {
        try (EcsIndex index = EcsIndex.create(connection); ElasticsearchConnection reader = connector.open(node.reader())) {
            assertEquals(List.of("evt-1", "evt-3"), index.searchTerm(reader, "event.action", "logon-failed").ids());

            ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
                    () -> index.indexOneMore(reader));

            assertEquals(Reason.FORBIDDEN, e.reason());
            assertTrue(e.getMessage().startsWith("Elasticsearch at " + reader.profile().location()
                    + " does not allow the user " + reader.profile().username() + " to do this"), e.getMessage());
            assertTrue(e.getMessage().contains("indices:data/write/"), e.getMessage());
            assertTrue(e.getMessage().contains(index.name()), e.getMessage());
        }
    }

    @Test
    void withoutTheCaTheCertificateIsNotTrusted() throws ConnectionFailedException {
        ConnectionFailedException e = checkFails(node.admin().withCaCertificate(null));

        assertEquals(Reason.TLS, e.reason());
        assertTrue(e.getMessage().startsWith("The TLS certificate of " + node.admin().location() + " is not trusted"),
                e.getMessage());
    }

    @Test
    void plainHttpToTheTlsNodeSuggestsHttps() throws ConnectionFailedException {
        String url = node.admin().location().replaceFirst("^https:", "http:");
        ConnectionProfile plain = ConnectionProfile.of("plain", URI.create(url))
                .withCredentials(node.admin().username(), node.admin().password());

        ConnectionFailedException e = checkFails(plain);

        assertTrue(e.getMessage().contains(url + " closed the connection without answering"), e.getMessage());
        assertTrue(e.getMessage().contains("the address must start with https://"), e.getMessage());
    }

    private ConnectionFailedException checkFails(ConnectionProfile profile) throws ConnectionFailedException {
        try (ElasticsearchConnection attempt = connector.open(profile)) {
            return assertThrows(ConnectionFailedException.class, attempt::check);
        }
    }
}
