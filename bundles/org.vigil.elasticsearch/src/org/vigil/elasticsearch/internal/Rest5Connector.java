package org.vigil.elasticsearch.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.osgi.service.component.annotations.Component;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

/**
 * Opens connections with the rest5 transport of elasticsearch-java: HTTP Basic credentials
 * sent with every request (no challenge round trip), TLS trusting the profile's CA, and no
 * OpenTelemetry (a {@code null} instrumentation would make the client look up
 * {@code GlobalOpenTelemetry}, which drags the OpenTelemetry bundles into every product).
 */
@Component(service = ElasticsearchConnector.class)
public final class Rest5Connector implements ElasticsearchConnector {

    /** Long enough for a node across a WAN link, short enough that a typo shows quickly. */
    static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);

    /** The longest a search or aggregation may take before Vigil gives up on it. */
    static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);

    @Override
    public ElasticsearchConnection open(ConnectionProfile profile) throws ConnectionFailedException {
        Rest5ClientBuilder builder = Rest5Client.builder(hosts(profile.nodes()))
                .setDefaultHeaders(headers(profile))
                .setConnectionConfigCallback(connection -> connection.setConnectTimeout(CONNECT_TIMEOUT))
                .setRequestConfigCallback(request -> request.setResponseTimeout(RESPONSE_TIMEOUT));
        String pathPrefix = ProfileRules.pathPrefix(profile.nodes().get(0));
        if (!pathPrefix.isEmpty()) {
            builder.setPathPrefix(pathPrefix);
        }
        if (profile.caCertificate() != null) {
            builder.setSSLContext(TrustedCa.sslContext(profile.caCertificate(), profile.location()));
        }
        Rest5ClientTransport transport = new Rest5ClientTransport(builder.build(), new JacksonJsonpMapper(), null,
                NoopInstrumentation.INSTANCE);
        return new Rest5Connection(profile, new ElasticsearchClient(transport));
    }

    /** The nodes without their paths: the client takes the path once, as a prefix. */
    private static List<URI> hosts(List<URI> nodes) {
        return nodes.stream().map(Rest5Connector::host).toList();
    }

    private static URI host(URI node) {
        try {
            return new URI(node.getScheme(), null, node.getHost(), node.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Header[] headers(ConnectionProfile profile) {
        if (!profile.hasCredentials()) {
            return new Header[0];
        }
        String pair = profile.username() + ":" + profile.password();
        String token = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return new Header[] { new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + token, true) };
    }
}
