package org.vigil.elasticsearch.tests;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.vigil.core.model.Event;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.EventSourceContract;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * The Elasticsearch source, on the plain test node, holds to the contract every source follows,
 * over an index with the mapping Vigil gives the indices it imports into.
 */
class ElasticsearchSourceContractTest extends EventSourceContract {

    private ElasticsearchConnection connection;
    private final String index = "vigil-it-contract-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        connection.call(client -> client.indices().create(create -> create.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0")).mappings(IndexMappings.forImport())));
        BulkResponse response = connection.call(client -> client.bulk(bulk -> {
            events.forEach(event -> bulk.operations(op -> op.index(i -> i.index(index).id(event.id())
                    .document(CrossEngineFixture.document(event)))));
            return bulk.refresh(Refresh.True);
        }));
        if (response.errors()) {
            throw new AssertionError("the node refused a contract event: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().orElseThrow().error().reason());
        }
        return new ElasticsearchEventSource(new SourceDescriptor("contract-es", "Elasticsearch", "elasticsearch", index),
                connection, index, Event.TIMESTAMP, Clock.fixed(ContractEvents.END, ZoneOffset.UTC));
    }

    @Override
    protected void unload() throws Exception {
        if (connection != null) {
            connection.call(client -> client.indices().delete(delete -> delete.index(index)));
            connection.close();
        }
    }
}
