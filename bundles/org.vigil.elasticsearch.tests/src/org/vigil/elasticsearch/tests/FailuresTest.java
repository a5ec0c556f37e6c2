package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.internal.Failures;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;

/**
 * Failures a test node cannot easily produce, explained from the exceptions the client library
 * throws for them.
 */
class FailuresTest {

    private static final String URL = "https://siem.example.vn:9200";

    private final Failures failures = new Failures(
            ConnectionProfile.of("soc", URI.create(URL)).withCredentials("analyst", "s3cret!"));

    @Test
    void certificateForAnotherHostName() {
        SSLHandshakeException handshake = new SSLHandshakeException("No subject alternative DNS name matching");
        handshake.initCause(new CertificateException("No subject alternative DNS name matching siem.example.vn"));

        ConnectionFailedException e = failures.explain(new IOException(handshake));

        assertEquals(Reason.TLS, e.reason());
        assertTrue(e.getMessage().startsWith("The TLS certificate of " + URL + " is not issued for the host name"),
                e.getMessage());
    }

    @Test
    void timeout() {
        ConnectionFailedException e = failures.explain(new SocketTimeoutException("60,000 MILLISECONDS"));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("Elasticsearch at " + URL + " did not answer in time (60,000 MILLISECONDS).", e.getMessage());
    }

    @Test
    void refusedConnectionKeepsOnlyTheJdkWords() {
        ConnectException refused = new ConnectException(
                "Connect to " + URL + " [/10.0.0.5] failed: Connection refused");

        ConnectionFailedException e = failures.explain(refused);

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().startsWith("No Elasticsearch answers at " + URL + " (Connection refused)."),
                e.getMessage());
        assertSame(refused, e.getCause());
    }

    @Test
    void serverErrorIsARejectionWithTheReason() {
        ElasticsearchException blocked = new ElasticsearchException("es/search", ErrorResponse.of(r -> r.status(503)
                .error(c -> c.type("cluster_block_exception").reason("blocked by: [SERVICE_UNAVAILABLE]"))));

        ConnectionFailedException e = failures.explain(blocked);

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("Elasticsearch at " + URL
                + " rejected the request (HTTP 503): cluster_block_exception: blocked by: [SERVICE_UNAVAILABLE]",
                e.getMessage());
        assertEquals(URL, e.location());
    }
}
