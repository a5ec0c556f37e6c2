package org.vigil.elasticsearch.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.internal.registry.ElasticsearchSystemRegistry;

/**
 * Team registries of one test on throw-away indices of a real node: every registry opened is a
 * client of its own connection on the same prefix, and closing deletes the indices.
 */
final class TeamRegistries implements AutoCloseable {

    private final ConnectionProfile admin;
    private final String prefix = "vigil-it-registry-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ElasticsearchConnection> connections = new ArrayList<>();

    /** @param admin a user allowed to delete the indices at the end */
    TeamRegistries(ConnectionProfile admin) {
        this.admin = admin;
    }

    /** @param profile the node and user @return a new client of the test's registry */
    ElasticsearchSystemRegistry open(ConnectionProfile profile) throws Exception {
        ElasticsearchConnection connection = EsNodes.connector().open(profile);
        connections.add(connection);
        return new ElasticsearchSystemRegistry("Team registry (test)", connection, prefix);
    }

    /** @return a client with the administrator's rights */
    ElasticsearchSystemRegistry open() throws Exception {
        return open(admin);
    }

    /** @param index an index of the test's registry after its prefix, e.g. {@code -agencies} @param blocked whether writes are refused */
    void blockWrites(String index, boolean blocked) throws Exception {
        try (ElasticsearchConnection connection = EsNodes.connector().open(admin)) {
            connection.call(c -> c.indices().putSettings(p -> p.index(prefix + index)
                    .settings(s -> s.blocks(b -> b.write(blocked)))));
        }
    }

    @Override
    public void close() throws Exception {
        try (ElasticsearchConnection connection = EsNodes.connector().open(admin)) {
            List<String> indices = List.of(ElasticsearchSystemRegistry.indexNames(prefix).split(", "));
            connection.call(c -> c.indices().delete(d -> d.index(indices).ignoreUnavailable(true)));
        } finally {
            connections.forEach(ElasticsearchConnection::close);
            connections.clear();
        }
    }
}
