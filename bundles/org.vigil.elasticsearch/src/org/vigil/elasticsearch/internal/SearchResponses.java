package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.transport.rest5_client.low_level.Response;

/**
 * Reads the answers of the search source's own requests with Jackson's streaming parser, straight
 * into what a page needs: no tree of maps and no typed response objects in between, which on a
 * page of hits cost as much as the request itself. {@code _source} is flattened as Elasticsearch
 * flattens it: nested objects to dotted names, arrays (also of objects) to lists of values.
 * Each value is typed by its field with {@link HitEvents} as it is read.
 */
public final class SearchResponses {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper(JSON);

    /**
     * A page of hits.
     *
     * @param events the hits as events, in order
     * @param total how many hits the search has
     * @param pitId the point in time the answer names, or {@code null}
     * @param lastSort the sort values of the last hit, empty when there are no hits
     */
    public record Page(List<Event> events, long total, String pitId, List<FieldValue> lastSort) {
    }

    private SearchResponses() {
    }

    /**
     * @param body the body of a {@code _search} answer
     * @param events how hits become events
     * @return the page
     * @throws IOException if the body is not such an answer
     */
    public static Page page(InputStream body, HitEvents events) throws IOException {
        try (JsonParser parser = start(body)) {
            PageReader page = new PageReader(events);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "pit_id" -> page.pitId = parser.getText(); //$NON-NLS-1$
                    case "hits" -> page.readHits(parser); //$NON-NLS-1$
                    default -> parser.skipChildren();
                }
            }
            return page.page();
        }
    }

    /**
     * @param body the body of a size-0 search, whose aggregations {@link org.vigil.events.dsl.AggregationDsl} reads
     * @return the answer as a tree
     * @throws IOException if the body is not JSON
     */
    public static JsonNode tree(InputStream body) throws IOException {
        return TREES.readTree(body);
    }

    /**
     * @param <T> what the reader makes of the answer
     * @param body the body of a size-0 search
     * @param reader reads it as it streams in, as {@link org.vigil.events.dsl.AggregationDsl} does
     * @return what the reader made of it
     * @throws IOException if the body is not such an answer
     */
    public static <T> T streamed(InputStream body, ParserReader<T> reader) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            return reader.read(parser);
        }
    }

    /**
     * Reads an answer from a streaming parser.
     *
     * @param <T> what it makes of the answer
     */
    @FunctionalInterface
    public interface ParserReader<T> {

        /**
         * @param parser the parser at the start of the answer
         * @return what the answer says
         * @throws IOException if it cannot be read
         */
        T read(JsonParser parser) throws IOException;
    }

    /**
     * @param body the body of an open-point-in-time answer
     * @return the point in time's id
     * @throws IOException if the body names none
     */
    public static String pointInTime(InputStream body) throws IOException {
        try (JsonParser parser = start(body)) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("id".equals(name)) { //$NON-NLS-1$
                    return parser.getText();
                }
                parser.skipChildren();
            }
        }
        throw new IOException("the answer names no point in time"); //$NON-NLS-1$
    }

    /**
     * @param refused an answer with an error status
     * @return the error's type and reason, as the typed client shows them, or the status line
     *         when the body does not say
     */
    public static String error(Response refused) {
        try (InputStream body = refused.getEntity().getContent(); JsonParser parser = start(body)) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && "error".equals(name)) { //$NON-NLS-1$
                    return typeAndReason(parser);
                }
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // A body that is not an error object leaves the status line to say what happened.
        }
        return refused.getRequestLine() + ": " + refused.getStatusCode(); //$NON-NLS-1$
    }

    private static String typeAndReason(JsonParser parser) throws IOException {
        String type = ""; //$NON-NLS-1$
        String reason = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type" -> type = parser.getText(); //$NON-NLS-1$
                case "reason" -> reason = parser.getText(); //$NON-NLS-1$
                default -> parser.skipChildren();
            }
        }
        return reason == null ? type : type + ": " + reason; //$NON-NLS-1$
    }

    private static JsonParser start(InputStream body) throws IOException {
        JsonParser parser = JSON.createParser(body);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.close();
            throw new IOException("the answer is not a JSON object"); //$NON-NLS-1$
        }
        return parser;
    }

    /** What has been read of one answer. */
    private static final class PageReader {

        private final HitEvents events;
        private final List<Event> hits = new ArrayList<>();
        private List<FieldValue> lastSort = List.of();
        private long total;
        private String pitId;

        PageReader(HitEvents events) {
            this.events = events;
        }

        Page page() {
            return new Page(hits, total, pitId, lastSort);
        }

        void readHits(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("total".equals(name)) { //$NON-NLS-1$
                    total = value == JsonToken.START_OBJECT ? totalValue(parser) : parser.getLongValue();
                } else if ("hits".equals(name) && value == JsonToken.START_ARRAY) { //$NON-NLS-1$
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readHit(parser);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private static long totalValue(JsonParser parser) throws IOException {
            long value = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("value".equals(name)) { //$NON-NLS-1$
                    value = parser.getLongValue();
                }
            }
            return value;
        }

        private void readHit(JsonParser parser) throws IOException {
            String id = null;
            Map<String, Object> flat = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "_id" -> id = parser.getText(); //$NON-NLS-1$
                    case "_source" -> readObject(parser, "", flat); //$NON-NLS-1$ //$NON-NLS-2$
                    case "sort" -> lastSort = sortValues(parser); //$NON-NLS-1$
                    default -> parser.skipChildren();
                }
            }
            hits.add(events.toEvent(id, flat));
        }

        private void readObject(JsonParser parser, String prefix, Map<String, Object> flat) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                // A hit without its source ("_source": null, or excluded) has no fields.
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                // The parser's own name string has its hash cached, which every map lookup of the field reuses.
                String name = prefix.isEmpty() ? parser.currentName() : prefix + parser.currentName();
                parser.nextToken();
                readValue(parser, name, flat);
            }
        }

        private void readValue(JsonParser parser, String name, Map<String, Object> flat) throws IOException {
            switch (parser.currentToken()) {
                case START_OBJECT -> readObject(parser, name + '.', flat);
                case START_ARRAY -> {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        readValue(parser, name, flat);
                    }
                }
                case VALUE_STRING -> add(flat, name, parser.getText());
                case VALUE_NUMBER_INT -> add(flat, name, parser.getNumberValue());
                case VALUE_NUMBER_FLOAT -> add(flat, name, parser.getDoubleValue());
                case VALUE_TRUE -> add(flat, name, Boolean.TRUE);
                case VALUE_FALSE -> add(flat, name, Boolean.FALSE);
                default -> {
                    // null adds nothing, as Elasticsearch indexes nothing for it.
                }
            }
        }

        /** Types the value as it is read: no second pass over the fields, no second map. */
        private void add(Map<String, Object> flat, String name, Object value) {
            Event.addValue(flat, name, events.typed(name, value));
        }

        private static List<FieldValue> sortValues(JsonParser parser) throws IOException {
            List<FieldValue> values = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                values.add(switch (token) {
                    case VALUE_NUMBER_INT -> FieldValue.of(parser.getLongValue());
                    case VALUE_NUMBER_FLOAT -> FieldValue.of(parser.getDoubleValue());
                    case VALUE_TRUE, VALUE_FALSE -> FieldValue.of(parser.getBooleanValue());
                    case VALUE_STRING -> FieldValue.of(parser.getText());
                    default -> FieldValue.NULL;
                });
            }
            return values;
        }
    }
}
