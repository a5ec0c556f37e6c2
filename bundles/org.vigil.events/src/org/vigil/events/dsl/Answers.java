package org.vigil.events.dsl;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reading answers with Jackson's streaming parser: a reader is handed the parser on the first
 * token of its value and leaves it on the last, so that no tree of the answer is ever built.
 * What an answer leaves out is read as an empty object, as a tree's missing node reads as zero.
 */
final class Answers {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one value of an answer. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** Handles a member of an object; the parser is on its value, which the handler reads or skips. */
    @FunctionalInterface
    interface Member {
        void read(String name) throws IOException;
    }

    /** Takes a bucket's key and hit count. */
    @FunctionalInterface
    interface KeyedCount {
        void add(long key, long count);
    }

    private Answers() {
    }

    /** @return the parser on the first token of its value, also one just created */
    static JsonParser first(JsonParser parser) throws IOException {
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        return parser;
    }

    /** @return the parser on the answer's opening brace */
    static JsonParser start(JsonParser parser) throws IOException {
        if (!first(parser).hasToken(JsonToken.START_OBJECT)) {
            throw new IOException("the answer is not a JSON object"); //$NON-NLS-1$
        }
        return parser;
    }

    /** @return a parser on an empty object, for what an answer leaves out */
    static JsonParser empty() throws IOException {
        JsonParser parser = JSON.createParser("{}"); //$NON-NLS-1$
        parser.nextToken();
        return parser;
    }

    /** Hands each member of the object the parser is on to the handler; anything else is skipped. */
    static void members(JsonParser parser, Member member) throws IOException {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            member.read(name);
        }
    }

    /** @return the value as a whole number, 0 for null or anything else, as a tree reads it */
    static long asLong(JsonParser parser) throws IOException {
        long value = parser.getValueAsLong();
        parser.skipChildren();
        return value;
    }

    /** @return the value as a number, 0 for null or anything else */
    static double asDouble(JsonParser parser) throws IOException {
        double value = parser.getValueAsDouble();
        parser.skipChildren();
        return value;
    }

    /** @return the {@code doc_count} of a single-bucket answer */
    static long docCount(JsonParser parser) throws IOException {
        return member(parser, "doc_count"); //$NON-NLS-1$
    }

    /** @return the named member of the object the parser is on as a whole number, 0 if it has none */
    static long member(JsonParser parser, String wanted) throws IOException {
        long[] value = new long[1];
        members(parser, name -> {
            if (wanted.equals(name)) {
                value[0] = asLong(parser);
            } else {
                parser.skipChildren();
            }
        });
        return value[0];
    }

    /** Hands the key and count of each bucket of a histogram answer to the sink. */
    static void keyedCounts(JsonParser parser, KeyedCount sink) throws IOException {
        members(parser, name -> {
            if (!"buckets".equals(name) || !parser.hasToken(JsonToken.START_ARRAY)) { //$NON-NLS-1$
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long[] keyAndCount = new long[2];
                members(parser, member -> {
                    switch (member) {
                        case "key" -> keyAndCount[0] = asLong(parser); //$NON-NLS-1$
                        case "doc_count" -> keyAndCount[1] = asLong(parser); //$NON-NLS-1$
                        default -> parser.skipChildren();
                    }
                });
                sink.add(keyAndCount[0], keyAndCount[1]);
            }
        });
    }
}
