package org.vigil.elasticsearch.internal.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.events.ImportTarget;

/**
 * The body of one {@code _bulk} request being filled: an {@code index} action with the event's
 * id per document, so that sending a document again replaces it rather than adding a copy.
 */
final class BulkRequest {

    /** Room for the document that takes a request past its size. */
    private static final int SLACK_BYTES = 1 << 16;

    private final List<Event> events = new ArrayList<>();
    private final List<String> indices = new ArrayList<>();
    private final List<ImportTarget.Refusals> refusals = new ArrayList<>();
    private final Body body = new Body();

    /**
     * @param index where the event goes
     * @param event the event
     * @param refused told if the node refuses it
     */
    void add(String index, Event event, ImportTarget.Refusals refused) {
        if (events.isEmpty()) {
            // Growing by doubling would copy the body over and over on the thread the node waits for.
            body.reserve(BulkImport.MAX_REQUEST_BYTES + SLACK_BYTES);
        }
        events.add(event);
        indices.add(index);
        refusals.add(refused);
        body.writeBytes(("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + event.id() + "\"}}\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .getBytes(StandardCharsets.UTF_8));
        // Encoded document by document: one character beyond Latin-1 would make a whole request's
        // text twice as large, and its encoding character by character.
        body.writeBytes(EcsNdjson.document(event).getBytes(StandardCharsets.UTF_8));
        body.write('\n');
    }

    /** @return the bytes of the body so far, which bound the request's size */
    int length() {
        return body.size();
    }

    /** @return how many documents the request holds */
    int size() {
        return events.size();
    }

    /** @return the body, NDJSON, as the request's entity; the request must not change afterwards */
    HttpEntity body() {
        return new ByteArrayEntity(body.array(), 0, body.size(), ContentType.APPLICATION_JSON);
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

    /** A body whose bytes are sent as they are, without the copy {@link #toByteArray()} makes. */
    private static final class Body extends ByteArrayOutputStream {

        void reserve(int bytes) {
            if (buf.length < bytes) {
                buf = Arrays.copyOf(buf, bytes);
            }
        }

        byte[] array() {
            return buf;
        }
    }
}
