package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Writes the body of a page request of the search source with Jackson's generator: the query's
 * JSON, written once per query, goes in as it is, so that a page costs no typed request objects
 * and no second serialisation of the query.
 */
public final class PageRequests {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What a page asks for.
     *
     * @param query the query's JSON
     * @param size how many hits
     * @param sortField the field the hits are sorted on
     * @param tieBreaker the field that orders hits with equal sort values
     * @param ascending the direction of both sorts
     * @param pit the point in time to search
     * @param keepAlive how long the point in time stays open
     * @param after the sort values of the last hit of the previous page, empty for the first page
     */
    public record Page(String query, int size, String sortField, String tieBreaker, boolean ascending, String pit,
            String keepAlive, List<FieldValue> after) {
    }

    private PageRequests() {
    }

    /**
     * @param page what the page asks for
     * @return the body of its {@code _search} request
     */
    public static String body(Page page) {
        StringWriter out = new StringWriter(page.query().length() + 256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("pit"); //$NON-NLS-1$
            json.writeStringField("id", page.pit()); //$NON-NLS-1$
            json.writeStringField("keep_alive", page.keepAlive()); //$NON-NLS-1$
            json.writeEndObject();
            json.writeFieldName("query"); //$NON-NLS-1$
            json.writeRawValue(page.query());
            json.writeNumberField("size", page.size()); //$NON-NLS-1$
            json.writeBooleanField("track_total_hits", true); //$NON-NLS-1$
            sort(json, page);
            if (!page.after().isEmpty()) {
                json.writeArrayFieldStart("search_after"); //$NON-NLS-1$
                for (FieldValue value : page.after()) {
                    value(json, value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The sort field, then the tie-breaker, which a mapping without it sorts as an empty keyword. */
    private static void sort(JsonGenerator json, Page page) throws IOException {
        String order = page.ascending() ? "asc" : "desc"; //$NON-NLS-1$ //$NON-NLS-2$
        json.writeArrayFieldStart("sort"); //$NON-NLS-1$
        json.writeStartObject();
        json.writeObjectFieldStart(page.sortField());
        json.writeStringField("order", order); //$NON-NLS-1$
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartObject();
        json.writeObjectFieldStart(page.tieBreaker());
        json.writeStringField("order", order); //$NON-NLS-1$
        json.writeStringField("unmapped_type", "keyword"); //$NON-NLS-1$ //$NON-NLS-2$
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void value(JsonGenerator json, FieldValue value) throws IOException {
        switch (value._kind()) {
            case Long -> json.writeNumber(value.longValue());
            case Double -> json.writeNumber(value.doubleValue());
            case Boolean -> json.writeBoolean(value.booleanValue());
            case String -> json.writeString(value.stringValue());
            case Null -> json.writeNull();
            default -> throw new IllegalArgumentException("cannot continue after a sort value " + value); //$NON-NLS-1$
        }
    }
}
