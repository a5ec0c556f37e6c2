package org.vigil.examples.template;

import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.EventSource;
import org.vigil.events.testing.EventSourceContract;

/**
 * The template holds to the contract every source follows, on the kit's events. A plugin copied
 * from the template keeps this test: it changes where the events come from, not how they are searched.
 */
class FirewallDenySourceContractTest extends EventSourceContract {

    private FirewallDenySource source;

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        source = new FirewallDenySource(events);
        return source;
    }

    @Override
    protected void unload() throws Exception {
        source.deactivate();
    }
}
