package org.vigil.elasticsearch.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the answer of a {@code _bulk} request item by item. Elasticsearch answers 200 when some
 * items failed: only each item's status says whether its document was written.
 */
final class BulkItems {

    /** The reason of a failure whose answer gave none. */
    private static final String UNKNOWN = "?"; //$NON-NLS-1$

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_REASON_CHARS = 300;

    /**
     * What became of one document of a request.
     *
     * @param status the item's HTTP status
     * @param created whether the document is new, rather than replacing one with its id
     * @param errorType the engine's error type, empty when written
     * @param reason the engine's reason, with its cause when it gave one; empty when written
     */
    record Item(int status, boolean created, String errorType, String reason) {

        private static final int TOO_MANY_REQUESTS = 429;
        private static final int UNAVAILABLE = 503;

        /** @return whether the document was written */
        boolean written() {
            return status >= 200 && status < 300;
        }

        /**
         * @return whether the engine could not take the document for now (a full write queue,
         *         a shard not yet started) rather than refused it: sending it again can work
         */
        boolean retriable() {
            return status == TOO_MANY_REQUESTS || status == UNAVAILABLE
                    || "es_rejected_execution_exception".equals(errorType) //$NON-NLS-1$
                    || "unavailable_shards_exception".equals(errorType); //$NON-NLS-1$
        }
    }

    private BulkItems() {
    }

    /**
     * @param body the answer's body
     * @return its items, in the order of the request
     * @throws IOException if it cannot be read
     */
    static List<Item> read(InputStream body) throws IOException {
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = parser.nextToken();
                if ("items".equals(parser.currentName()) && value == JsonToken.START_ARRAY) { //$NON-NLS-1$
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        items.add(item(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return items;
    }

    /** An item is {@code {"index": {...}}}: one member named after the action. */
    private static Item item(JsonParser parser) throws IOException {
        Item item = new Item(0, false, UNKNOWN, UNKNOWN);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            item = action(parser);
        }
        return item;
    }

    private static Item action(JsonParser parser) throws IOException {
        int status = 0;
        boolean created = false;
        String[] error = { "", "" }; //$NON-NLS-1$ //$NON-NLS-2$
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "status" -> status = parser.getIntValue(); //$NON-NLS-1$
                case "result" -> created = "created".equals(parser.getText()); //$NON-NLS-1$ //$NON-NLS-2$
                case "error" -> error = value == JsonToken.START_OBJECT ? error(parser) //$NON-NLS-1$
                        : new String[] { UNKNOWN, parser.getText() };
                default -> parser.skipChildren();
            }
        }
        return new Item(status, created, error[0], error[1]);
    }

    /** @return the type and the reason, followed by the reason of its cause */
    private static String[] error(JsonParser parser) throws IOException {
        String type = UNKNOWN;
        String reason = UNKNOWN;
        String cause = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> type = parser.getText(); //$NON-NLS-1$
                case "reason" -> reason = parser.getText(); //$NON-NLS-1$
                case "caused_by" -> cause = value == JsonToken.START_OBJECT ? error(parser)[1] : parser.getText(); //$NON-NLS-1$
                default -> parser.skipChildren();
            }
        }
        return new String[] { type, shortened(cause == null ? reason : reason + ": " + cause) }; //$NON-NLS-1$
    }

    /** A rejected execution's reason holds the whole state of the node's queue: the start says it all. */
    private static String shortened(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + '…';
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("not a bulk answer: " + token + " where " + expected + " was expected"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
