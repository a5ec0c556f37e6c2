package org.vigil.events.dsl;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Terms aggregations and their buckets read as the embedded store renders values: addresses
 * written in full, dates as instants, booleans as {@code true}/{@code false}, whole numbers
 * without a fraction.
 */
final class Buckets {

    /**
     * A value of a terms answer and its count, with what was read of its sub-aggregation.
     *
     * @param <T> the sub-aggregation's reading, {@code null} without one
     */
    record Value<T>(String text, long count, T sub) {
    }

    /**
     * A terms answer.
     *
     * @param <T> the reading of each value's sub-aggregation
     * @param values its values in the engine's order
     * @param others the hits of the values it left out
     * @param approximate whether its counts may be off (several shards)
     */
    record Terms<T>(List<Value<T>> values, long others, boolean approximate) {
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
     * @param answer a terms answer, the parser on its first token
     * @param type the field's type
     * @return its values without sub-aggregations
     */
    static Terms<Void> read(JsonParser answer, FieldType type) throws IOException {
        return read(answer, type, null, null);
    }

    /**
     * @param <T> the reading of the sub-aggregation
     * @param answer a terms answer, the parser on its first token
     * @param type the field's type
     * @param subName the name of each value's sub-aggregation
     * @param sub reads it, given an empty object where a bucket has none
     * @return its values and their sub-aggregations
     */
    static <T> Terms<T> read(JsonParser answer, FieldType type, String subName, Answers.Reader<T> sub)
            throws IOException {
        TermsReader<T> terms = new TermsReader<>(answer, type, subName, sub);
        Answers.members(answer, terms::member);
        return new Terms<>(terms.values, terms.others, terms.approximate);
    }

    /** What has been read of one terms answer. */
    private static final class TermsReader<T> {

        private final JsonParser parser;
        private final FieldType type;
        private final String subName;
        private final Answers.Reader<T> sub;
        private final List<Value<T>> values = new ArrayList<>();
        private long others;
        private boolean approximate;

        TermsReader(JsonParser parser, FieldType type, String subName, Answers.Reader<T> sub) {
            this.parser = parser;
            this.type = type;
            this.subName = subName;
            this.sub = sub;
        }

        void member(String name) throws IOException {
            switch (name) {
                case "sum_other_doc_count" -> others = Answers.asLong(parser); //$NON-NLS-1$
                case "doc_count_error_upper_bound" -> approximate = Answers.asLong(parser) > 0; //$NON-NLS-1$
                case "buckets" -> { //$NON-NLS-1$
                    if (parser.hasToken(JsonToken.START_ARRAY)) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            values.add(bucket());
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }

        private Value<T> bucket() throws IOException {
            BucketReader<T> bucket = new BucketReader<>();
            Answers.members(parser, name -> {
                switch (name) {
                    case "key" -> bucket.key(parser); //$NON-NLS-1$
                    case "key_as_string" -> bucket.keyAsString = parser.getValueAsString(); //$NON-NLS-1$
                    case "doc_count" -> bucket.count = Answers.asLong(parser); //$NON-NLS-1$
                    default -> {
                        if (sub != null && name.equals(subName)) {
                            bucket.sub = sub.read(parser);
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            });
            if (sub != null && bucket.sub == null) {
                bucket.sub = sub.read(Answers.empty());
            }
            return new Value<>(bucket.text(type), bucket.count, bucket.sub);
        }
    }

    /** One bucket's members, which come in any order. */
    private static final class BucketReader<T> {

        private String key = ""; //$NON-NLS-1$
        private Number number;
        private boolean integral;
        private String keyAsString;
        private long count;
        private T sub;

        void key(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token.isNumeric()) {
                number = parser.getNumberValue();
                integral = token == JsonToken.VALUE_NUMBER_INT;
                // The text a tree gives a number: a float written by Java, a whole number in full.
                key = integral ? parser.getText() : Double.toString(number.doubleValue());
            } else {
                key = parser.getValueAsString(""); //$NON-NLS-1$
                parser.skipChildren();
            }
        }

        String text(FieldType type) {
            return switch (type) {
                case IP -> IpLiterals.parse(key).map(InetAddress::getHostAddress).orElse(key);
                case DATE -> Instant.ofEpochMilli(number == null ? 0 : number.longValue()).toString();
                case BOOLEAN -> keyAsString != null ? keyAsString
                        : number != null ? Boolean.toString(number.longValue() != 0) : key;
                case LONG -> integral ? Long.toString(number.longValue()) : key;
                case DOUBLE -> number != null ? Double.toString(number.doubleValue()) : key;
                default -> key;
            };
        }
    }
}
