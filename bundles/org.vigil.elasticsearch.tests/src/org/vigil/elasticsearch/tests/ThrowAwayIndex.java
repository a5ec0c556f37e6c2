package org.vigil.elasticsearch.tests;

import java.util.UUID;
import java.util.function.Function;

import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;

/**
 * An index a test creates with its own mapping and documents and deletes when closed, so that
 * tests on a shared node never see each other's data.
 */
abstract class ThrowAwayIndex implements AutoCloseable {

    protected final ElasticsearchConnection owner;
    private final String name;

    /**
     * @param owner a connection allowed to create, write and delete the index
     * @param prefix the start of the index name; a random suffix follows
     */
    protected ThrowAwayIndex(ElasticsearchConnection owner, String prefix) {
        this.owner = owner;
        this.name = prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return the index name */
    String name() {
        return name;
    }

    /**
     * Creates the index and fills it; a failed fill deletes the index again.
     *
     * @param mapping the index's explicit mapping
     * @param fill indexes the documents and refreshes
     * @throws ConnectionFailedException if the node refuses either step
     */
    protected final void createAndFill(Function<TypeMapping.Builder, ObjectBuilder<TypeMapping>> mapping,
            ElasticsearchConnection.Call<?> fill) throws ConnectionFailedException {
        owner.call(client -> client.indices().create(index -> index.index(name).mappings(mapping)));
        try {
            owner.call(fill);
        } catch (ConnectionFailedException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() throws ConnectionFailedException {
        owner.call(client -> client.indices().delete(index -> index.index(name)));
    }
}
