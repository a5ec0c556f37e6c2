package org.vigil.events.dsl;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Terms aggregations and their buckets read as the embedded store renders values: addresses
 * written in full, dates as instants, booleans as {@code true}/{@code false}, whole numbers
 * without a fraction.
 */
final class Buckets {

    /** A value of a terms answer and its count, with the bucket for its sub-aggregations. */
    record Value(String text, long count, JsonNode bucket) {
    }

    private Buckets() {
    }

    /**
     * @param exactField the field of whole values
     * @param size how many values
     * @param minimumCount the fewest hits a value needs
     * @return the terms aggregation, most frequent first, then by key
     */
    static String terms(String exactField, int size, int minimumCount) {
        return Json.object("terms", Json.object("field", Json.quote(exactField), "size", String.valueOf(size), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "min_doc_count", String.valueOf(minimumCount), //$NON-NLS-1$
                "order", "[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param type the field's type
     * @param answer a terms answer
     * @return its values in the engine's order
     */
    static List<Value> values(FieldType type, JsonNode answer) {
        List<Value> values = new ArrayList<>();
        for (JsonNode bucket : answer.path("buckets")) { //$NON-NLS-1$
            values.add(new Value(text(type, bucket), bucket.path("doc_count").asLong(), bucket)); //$NON-NLS-1$
        }
        return values;
    }

    /** @return the hits of the values a terms answer left out */
    static long others(JsonNode answer) {
        return answer.path("sum_other_doc_count").asLong(); //$NON-NLS-1$
    }

    /** @return whether a terms answer's counts may be off (several shards) */
    static boolean approximate(JsonNode answer) {
        return answer.path("doc_count_error_upper_bound").asLong() > 0; //$NON-NLS-1$
    }

    private static String text(FieldType type, JsonNode bucket) {
        JsonNode key = bucket.path("key"); //$NON-NLS-1$
        return switch (type) {
            case IP -> IpLiterals.parse(key.asText()).map(InetAddress::getHostAddress).orElse(key.asText());
            case DATE -> Instant.ofEpochMilli(key.asLong()).toString();
            case BOOLEAN -> bucket.path("key_as_string").asText(key.isNumber() ? Boolean.toString(key.asLong() != 0) //$NON-NLS-1$
                    : key.asText());
            case LONG -> key.isIntegralNumber() ? Long.toString(key.asLong()) : key.asText();
            case DOUBLE -> key.isNumber() ? Double.toString(key.asDouble()) : key.asText();
            default -> key.asText();
        };
    }
}
