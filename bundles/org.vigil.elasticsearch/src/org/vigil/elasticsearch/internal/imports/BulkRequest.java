package org.vigil.elasticsearch.internal.imports;

import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.events.ImportTarget;

/**
 * The body of one {@code _bulk} request being filled: an {@code index} action with the event's
 * id per document, so that sending a document again replaces it rather than adding a copy.
 */
final class BulkRequest {

    /** Room for the document that takes a request past its size. */
    private static final int SLACK_CHARS = 1 << 16;

    private final List<Event> events = new ArrayList<>();
    private final List<String> indices = new ArrayList<>();
    private final List<ImportTarget.Refusals> refusals = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();

    /**
     * @param index where the event goes
     * @param event the event
     * @param refused told if the node refuses it
     */
    void add(String index, Event event, ImportTarget.Refusals refused) {
        if (events.isEmpty()) {
            // Growing by doubling would copy the body over and over on the thread the node waits for.
            body.ensureCapacity(BulkImport.MAX_REQUEST_CHARS + SLACK_CHARS);
        }
        events.add(event);
        indices.add(index);
        refusals.add(refused);
        body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(event.id()) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\"}}\n"); //$NON-NLS-1$
        EcsNdjson.appendDocument(event, body);
        body.append('\n');
    }

    /** @return the characters of the body so far, which bound the request's size */
    int length() {
        return body.length();
    }

    /** @return how many documents the request holds */
    int size() {
        return events.size();
    }

    /** @return the body, NDJSON */
    String body() {
        return body.toString();
    }

    /**
     * @param item the position of a document in the request
     * @return its event
     */
    Event event(int item) {
        return events.get(item);
    }

    /**
     * @param item the position of a document in the request
     * @return who to tell if the node refuses it
     */
    ImportTarget.Refusals refusals(int item) {
        return refusals.get(item);
    }

    /**
     * @param item the position of a document in the request
     * @return its index
     */
    String index(int item) {
        return indices.get(item);
    }
}
