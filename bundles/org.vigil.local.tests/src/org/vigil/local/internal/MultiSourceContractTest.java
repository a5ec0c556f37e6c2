package org.vigil.local.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.EventSource;
import org.vigil.events.MultiSource;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.EventSourceContract;
import org.vigil.local.LuceneSource;

/**
 * Two embedded stores, each holding every other contract event (so that the two events of each
 * instant are in different stores), searched as one: together they hold to the whole contract
 * of a single source, paging to the end across both included.
 */
class MultiSourceContractTest extends EventSourceContract {

    private final List<LuceneSource> halves = new ArrayList<>();

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        Clock clock = Clock.fixed(ContractEvents.END, ZoneOffset.UTC);
        for (int half = 0; half < 2; half++) {
            int parity = half;
            List<Event> mine = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (i % 2 == parity) {
                    mine.add(events.get(i));
                }
            }
            halves.add(LuceneSource.inMemory(new SourceDescriptor("half-" + half, "Half " + half, "lucene", "memory"),
                    mine.iterator(), clock));
        }
        return new MultiSource(List.copyOf(halves), Duration.ofSeconds(30), (source, problem) -> {
            throw new AssertionError(source.id() + " was left out: " + problem.getMessage());
        });
    }

    @Override
    protected void unload() throws Exception {
        for (LuceneSource half : halves) {
            half.close();
        }
    }
}
