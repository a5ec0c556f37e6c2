package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;

/** Checks a parser's error as the query bar uses it: span, found text, expectation and message. */
final class SyntaxErrors {

    /** A parser under test. */
    @FunctionalInterface
    interface Parser {
        Object parse(String query) throws QuerySyntaxException;
    }

    private SyntaxErrors() {
    }

    static QuerySyntaxException assertError(Parser parser, String query, int start, int end, String found,
            String expected) {
        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> parser.parse(query), query);
        assertEquals(new Span(start, end), error.span(), query);
        assertEquals(found, error.found(), query);
        assertEquals(expected, error.expected(), query);
        String message = error.getMessage();
        assertTrue(message.contains(String.valueOf(start)), "the message names the position: " + message);
        assertFalse(message.contains("Exception") || message.contains("{") && !query.contains("{"),
                "the message is for people: " + message);
        return error;
    }
}
