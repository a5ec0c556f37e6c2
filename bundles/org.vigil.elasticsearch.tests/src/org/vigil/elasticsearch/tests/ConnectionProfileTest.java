package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionProfile;

/** The profile rejects what cannot work, with a message naming the profile and the culprit. */
class ConnectionProfileTest {

    private static final URI NODE = URI.create("https://10.0.0.5:9200");

    @Test
    void keepsItsPartsAndNeverShowsThePassword() {
        ConnectionProfile profile = ConnectionProfile.of("soc", NODE).withCredentials("analyst", "s3cret!")
                .withCaCertificate(Path.of("/etc/vigil/ca.pem"));

        assertEquals(List.of(NODE), profile.nodes());
        assertEquals("analyst", profile.username());
        assertTrue(profile.usesTls());
        assertEquals("https://10.0.0.5:9200", profile.location());
        assertFalse(profile.toString().contains("s3cret!"), profile.toString());
    }

    @Test
    void copiesTheNodeList() {
        List<URI> nodes = new ArrayList<>(List.of(NODE));
        ConnectionProfile profile = new ConnectionProfile("soc", nodes, null, null, null);
        nodes.add(URI.create("https://10.0.0.6:9200"));

        assertEquals(1, profile.nodes().size());
        assertThrows(UnsupportedOperationException.class, () -> profile.nodes().add(NODE));
    }

    @Test
    void listsSeveralNodesInItsLocation() {
        ConnectionProfile profile = new ConnectionProfile("soc",
                List.of(NODE, URI.create("https://10.0.0.6:9200")), null, null, null);

        assertEquals("https://10.0.0.5:9200, https://10.0.0.6:9200", profile.location());
    }

    @Test
    void needsAName() {
        assertRejected("needs a name", () -> ConnectionProfile.of(" ", NODE));
    }

    @Test
    void needsANode() {
        assertRejected("soc names no Elasticsearch node",
                () -> new ConnectionProfile("soc", List.of(), null, null, null));
    }

    @Test
    void needsHttpOrHttps() {
        assertRejected("node address ftp://10.0.0.5 of profile soc must start with http:// or https://",
                () -> ConnectionProfile.of("soc", URI.create("ftp://10.0.0.5")));
    }

    @Test
    void needsAHost() {
        assertRejected("node address http:/data of profile soc names no host",
                () -> ConnectionProfile.of("soc", URI.create("http:/data")));
    }

    @Test
    void refusesCredentialsInTheAddressWithoutRepeatingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionProfile.of("soc", URI.create("https://admin:s3cret!@10.0.0.5:9200")));

        assertTrue(e.getMessage().contains("https://10.0.0.5:9200 of profile soc contains a user name or password"),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret!"), e.getMessage());
    }

    @Test
    void refusesQueryAndFragment() {
        assertRejected("must not contain a query",
                () -> ConnectionProfile.of("soc", URI.create("https://10.0.0.5:9200/?pretty")));
    }

    @Test
    void refusesMixedSchemesAndPaths() {
        assertRejected("mix http:// and https://", () -> new ConnectionProfile("soc",
                List.of(NODE, URI.create("http://10.0.0.6:9200")), null, null, null));
        assertRejected("have different paths", () -> new ConnectionProfile("soc",
                List.of(URI.create("https://proxy/es1"), URI.create("https://proxy/es2")), null, null, null));
    }

    @Test
    void acceptsATrailingSlashAsNoPath() {
        new ConnectionProfile("soc", List.of(URI.create("https://a:9200/"), URI.create("https://b:9200")), null, null,
                null);
    }

    @Test
    void needsUserAndPasswordTogether() {
        assertRejected("Profile soc names the user analyst but gives no password",
                () -> ConnectionProfile.of("soc", NODE).withCredentials("analyst", null));
        assertRejected("Profile soc gives a password but no user name",
                () -> ConnectionProfile.of("soc", NODE).withCredentials(null, "s3cret!"));
        assertRejected("user name of profile soc is blank",
                () -> ConnectionProfile.of("soc", NODE).withCredentials("  ", "s3cret!"));
        assertRejected("contains a colon",
                () -> ConnectionProfile.of("soc", NODE).withCredentials("a:b", "s3cret!"));
    }

    @Test
    void usesACaCertificateOnlyWithTls() {
        assertRejected("a CA certificate is used only with https://", () -> ConnectionProfile
                .of("soc", URI.create("http://10.0.0.5:9200")).withCaCertificate(Path.of("ca.pem")));
    }

    private static void assertRejected(String expected, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(e.getMessage().contains(expected), () -> "<" + expected + "> not in <" + e.getMessage() + ">");
    }
}
