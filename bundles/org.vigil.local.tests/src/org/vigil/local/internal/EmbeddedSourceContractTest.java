package org.vigil.local.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.EventSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.EventSourceContract;
import org.vigil.local.LuceneSource;

/** The embedded Lucene engine holds to the contract every source follows. */
class EmbeddedSourceContractTest extends EventSourceContract {

    private LuceneSource source;

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        source = LuceneSource.inMemory(new SourceDescriptor("contract-embedded", "Embedded", "lucene", "memory"),
                events.iterator(), Clock.fixed(ContractEvents.END, ZoneOffset.UTC));
        return source;
    }

    @Override
    protected void unload() throws IOException {
        source.close();
    }
}
