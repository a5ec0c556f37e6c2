package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnector;

/**
 * The Elasticsearch nodes a test run was given, as connection profiles, and the connector
 * service. A missing node skips the test, or fails it when {@code vigil.es.required=true}, so
 * that a CI run cannot pass by testing nothing.
 */
final class EsNodes {

    /**
     * The users of the secure node: the administrator, the read-only user, and the user whose role
     * may only write and read {@code vigil-*} (no refresh, no template).
     */
    record Secure(ConnectionProfile admin, ConnectionProfile reader, ConnectionProfile writer) {
    }

    private static final long SERVICE_WAIT_MILLIS = 10_000;

    /** What tycho-surefire passes for a system property whose Maven property is empty. */
    private static final String UNSET = "null";

    private EsNodes() {
    }

    /** @return the profile of the node without security */
    static ConnectionProfile plain() {
        return ConnectionProfile.of("it-plain", URI.create(property("vigil.es.plain.url", "plain")));
    }

    /** @return the profiles of the node with security and TLS */
    static Secure secure() {
        URI url = URI.create(property("vigil.es.secure.url", "secure"));
        Path ca = Path.of(property("vigil.es.secure.ca", "secure"));
        ConnectionProfile node = ConnectionProfile.of("it-secure", url).withCaCertificate(ca);
        return new Secure(
                node.withCredentials(property("vigil.es.secure.user", "secure"),
                        property("vigil.es.secure.password", "secure")),
                node.withCredentials(property("vigil.es.secure.reader.user", "secure"),
                        property("vigil.es.secure.reader.password", "secure")),
                node.withCredentials(property("vigil.es.secure.writer.user", "secure"),
                        property("vigil.es.secure.writer.password", "secure")));
    }

    /** @return the connector as the framework publishes it */
    static ElasticsearchConnector connector() throws InterruptedException, BundleException {
        BundleContext context = FrameworkUtil.getBundle(EsNodes.class).getBundleContext();
        ServiceTracker<ElasticsearchConnector, ElasticsearchConnector> tracker = new ServiceTracker<>(context,
                ElasticsearchConnector.class, null);
        tracker.open();
        ElasticsearchConnector connector = tracker.waitForService(SERVICE_WAIT_MILLIS);
        assertNotNull(connector, "No ElasticsearchConnector service: is Felix SCR running?");
        return connector;
    }

    /** @return a port that was free a moment ago and now has nobody listening */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String property(String key, String node) {
        String value = System.getProperty(key, "").trim();
        if (value.isEmpty() || UNSET.equals(value)) {
            String message = "The " + node + " Elasticsearch node is missing: system property " + key + " is empty";
            if (Boolean.getBoolean("vigil.es.required")) {
                fail(message + ", and vigil.es.required=true");
            }
            assumeTrue(false, message + "; skipped");
        }
        return value;
    }
}
