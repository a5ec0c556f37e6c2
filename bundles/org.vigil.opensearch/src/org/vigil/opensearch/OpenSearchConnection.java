package org.vigil.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.eclipse.osgi.util.NLS;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.vigil.events.SourceException;
import org.vigil.opensearch.internal.Calls;
import org.vigil.opensearch.internal.Messages;

/**
 * An open client to one OpenSearch node or cluster. Sources search through it; its owner closes it.
 */
public final class OpenSearchConnection implements AutoCloseable {

    /**
     * How to reach the node.
     *
     * @param url {@code http://host:port} or {@code https://host:port}
     * @param username the user for basic auth, or null for none
     * @param password the user's password, or null
     * @param caFile a PEM file with the CA that signed the node's certificate, or null to trust
     *            the JDK's public CAs
     */
    public record Settings(String url, String username, String password, Path caFile) {

        /** @throws NullPointerException if the URL is missing */
        public Settings {
            Objects.requireNonNull(url, "url"); //$NON-NLS-1$
        }

        /**
         * @param url the node's address
         * @return settings without auth and with the JDK's CAs
         */
        public static Settings of(String url) {
            return new Settings(url, null, null, null);
        }
    }

    private final String location;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    private OpenSearchConnection(String location, ApacheHttpClient5Transport transport) {
        this.location = location;
        this.transport = transport;
        this.client = new OpenSearchGenericClient(transport);
    }

    /**
     * Opens the client; nothing is sent yet, so a dead node shows on the first call.
     *
     * @param sourceId the source the connection serves, named in failures
     * @param settings how to reach the node
     * @return the connection
     * @throws SourceException of kind {@link SourceException.Kind#BAD_QUERY} for an address that is
     *             not http(s) or a CA file that cannot be used
     */
    public static OpenSearchConnection open(String sourceId, Settings settings) throws SourceException {
        HttpHost host = host(sourceId, settings.url());
        SSLContext tls = settings.caFile() == null ? null : trusting(sourceId, settings.caFile());
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        if (settings.username() != null) {
            String pair = settings.username() + ':' + Objects.requireNonNullElse(settings.password(), ""); //$NON-NLS-1$
            builder.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", //$NON-NLS-1$
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))) }); //$NON-NLS-1$
        }
        if (tls != null) {
            builder.setHttpClientConfigCallback(client -> client.setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build())
                            .build()));
        }
        return new OpenSearchConnection(host.toURI(), builder.build());
    }

    /** @return the node's address, as failures name it */
    public String location() {
        return location;
    }

    /**
     * @param source the id of the source the requests serve, named in their failures
     * @return the requests of a source over this connection
     */
    Calls calls(String source) {
        return new Calls(source, location, client);
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    private static HttpHost host(String sourceId, String url) throws SourceException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new URISyntaxException(url, "not http(s)"); //$NON-NLS-1$
            }
            return new HttpHost(scheme, uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort());
        } catch (URISyntaxException e) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, sourceId,
                    NLS.bind(Messages.Failure_url, sourceId, url), e);
        }
    }

    /** A private CA, as a test node or a Wazuh indexer's installer hands it out, not the JDK's public ones. */
    private static SSLContext trusting(String sourceId, Path caFile) throws SourceException {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
                anchors.setCertificateEntry("ca-" + index++, certificate); //$NON-NLS-1$
            }
            if (index == 0) {
                throw new GeneralSecurityException("no certificate"); //$NON-NLS-1$
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, sourceId,
                    NLS.bind(Messages.Failure_ca, new Object[] { sourceId, caFile, e.getMessage() }), e);
        }
    }
}
