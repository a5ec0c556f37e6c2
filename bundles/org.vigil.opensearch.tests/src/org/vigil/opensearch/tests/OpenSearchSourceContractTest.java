package org.vigil.opensearch.tests;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.EventSourceContract;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;

/** The OpenSearch source holds to the contract every source follows, on a real node. */
class OpenSearchSourceContractTest extends EventSourceContract {

    private OpenSearchConnection connection;
    private String index;

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        index = OsNode.newIndex("vigil-it-contract");
        OsNode.create(index, Properties.of(Map.of("event.action", FieldType.KEYWORD, "event.severity", FieldType.LONG,
                "destination.port", FieldType.LONG, "source.ip", FieldType.IP, "host.name", FieldType.KEYWORD,
                "user.name", FieldType.KEYWORD, "message", FieldType.TEXT)));
        OsNode.write(index, events);
        connection = OpenSearchConnection.open("contract-opensearch", OpenSearchConnection.Settings.of(OsNode.url()));
        return new OpenSearchEventSource(
                new SourceDescriptor("contract-opensearch", "OpenSearch", OpenSearchEventSource.KIND, index), connection,
                index, Event.TIMESTAMP, Clock.fixed(ContractEvents.END, ZoneOffset.UTC));
    }

    @Override
    protected void unload() throws Exception {
        if (connection != null) {
            connection.close();
            OsNode.delete(index);
        }
    }
}
