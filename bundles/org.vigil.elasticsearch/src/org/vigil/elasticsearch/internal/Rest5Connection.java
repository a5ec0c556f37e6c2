package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.nodes.NodesInfoResponse;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import co.elastic.clients.elasticsearch.nodes.info.NodesInfoMetric;

/** A connection over the rest5 transport; closing it closes the transport. */
final class Rest5Connection implements ElasticsearchConnection {

    /** The node id that means "the node that receives the request". */
    private static final String LOCAL_NODE = "_local";

    private final ConnectionProfile profile;

    private final ElasticsearchClient client;

    private final Failures failures;

    Rest5Connection(ConnectionProfile profile, ElasticsearchClient client) {
        this.profile = profile;
        this.client = client;
        this.failures = new Failures(profile);
    }

    @Override
    public ConnectionProfile profile() {
        return profile;
    }

    @Override
    public ElasticsearchClient client() {
        return client;
    }

    /**
     * Asks the node for its own description through the nodes info API rather than
     * {@code GET /}: both need the {@code monitor} privilege, but only the former exists on
     * every distribution (the minimal integration-test one has no root endpoint).
     */
    @Override
    public ClusterInfo check() throws ConnectionFailedException {
        NodesInfoResponse response = call(client -> client.nodes()
                .info(request -> request.nodeId(LOCAL_NODE).metric(NodesInfoMetric.None)));
        NodeInfo node = response.nodes().values().stream().findFirst()
                .orElseThrow(failures::noNodeDescription);
        return new ClusterInfo(response.clusterName(), node.version(), node.name());
    }

    @Override
    public <T> T call(Call<T> work) throws ConnectionFailedException {
        try {
            return work.run(client);
        } catch (IOException | ElasticsearchException e) {
            throw failures.explain(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
