package org.vigil.ingest.tests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/** An in-memory import target that keeps the events by id, as a store would, and the batch sizes. */
class RecordingTarget implements ImportTarget {

    final Map<String, Event> events = new LinkedHashMap<>();
    final List<Integer> batches = new ArrayList<>();

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public long add(Iterator<Event> added, Cancellation cancellation) throws SourceException {
        int count = 0;
        while (added.hasNext()) {
            Event event = added.next();
            events.put(event.id(), event);
            count++;
        }
        batches.add(count);
        afterBatch();
        return count;
    }

    /**
     * Lets a test act between batches, as an operator pressing Cancel would, or fail the batch.
     *
     * @throws SourceException to fail the batch as a store would
     */
    void afterBatch() throws SourceException {
        // Nothing by default.
    }
}
