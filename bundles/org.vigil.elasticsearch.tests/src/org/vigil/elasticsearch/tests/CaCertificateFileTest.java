package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnector;

/** A profile's CA file that cannot serve as trust anchor fails before any network I/O. */
class CaCertificateFileTest {

    private static final ConnectionProfile NODE = ConnectionProfile.of("soc", URI.create("https://127.0.0.1:1"));

    private static ElasticsearchConnector connector;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path missing = Files.createTempDirectory("vigil-ca").resolve("ca.pem");

        ConnectionFailedException e = openFails(NODE.withCaCertificate(missing));

        assertTrue(e.getMessage().contains("The CA certificate file " + missing + " does not exist"), e.getMessage());
    }

    @Test
    void fileWithoutCertificateIsNamed() throws IOException {
        Path notPem = Files.createTempFile("vigil-ca", ".pem");
        Files.writeString(notPem, "this is the CA, trust me\n");

        ConnectionFailedException e = openFails(NODE.withCaCertificate(notPem));

        assertTrue(e.getMessage().contains(notPem.toString()), e.getMessage());
    }

    private static ConnectionFailedException openFails(ConnectionProfile profile) {
        ConnectionFailedException e = assertThrows(ConnectionFailedException.class, () -> connector.open(profile));
        assertEquals(Reason.CA_CERTIFICATE, e.reason());
        return e;
    }
}
