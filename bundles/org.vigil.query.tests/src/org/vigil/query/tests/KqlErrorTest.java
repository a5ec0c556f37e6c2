package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigil.query.tests.SyntaxErrors.assertError;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.internal.Messages;

/** The errors the query bar marks for KQL: where, what was found and what was expected. */
class KqlErrorTest {

    private static final SyntaxErrors.Parser KQL = KqlParser::parse;

    @Test
    void missingValueAfterColon() {
        assertError(KQL, "status:", 7, 7, "", after(":"));
        assertError(KQL, "status:  ", 9, 9, "", after(":"));
        assertError(KQL, "status:) ", 7, 8, ")", after(":"));
    }

    @Test
    void missingOperandAfterKeyword() {
        assertError(KQL, "a and", 5, 5, "", Messages.Expected_operand);
        assertError(KQL, "a or ", 5, 5, "", Messages.Expected_operand);
        assertError(KQL, "a and or b", 6, 8, "or", Messages.Expected_operand);
        assertError(KQL, "and b", 0, 3, "and", Messages.Expected_operand);
    }

    @Test
    void missingRangeBound() {
        assertError(KQL, "bytes >", 7, 7, "", after(">"));
        assertError(KQL, "bytes >= (1)", 9, 10, "(", after(">="));
    }

    @Test
    void unbalancedParentheses() {
        assertError(KQL, "(a or b", 0, 1, "(", ")");
        assertError(KQL, "x and (a or (b)", 6, 7, "(", ")");
        assertError(KQL, "f:(a or b", 2, 3, "(", ")");
        assertError(KQL, "a)", 1, 2, ")", Messages.Expected_operator);
        assertError(KQL, "(a b:c", 0, 1, "(", ")");
    }

    @Test
    void unexpectedTokens() {
        assertError(KQL, ":x", 0, 1, ":", Messages.Expected_operand);
        assertError(KQL, "()", 1, 2, ")", Messages.Expected_operand);
        assertError(KQL, "a:b:c", 3, 4, ":", Messages.Expected_operator);
        assertError(KQL, "a:b \"c\"", 4, 5, "\"", Messages.Expected_operator);
        assertError(KQL, "(a \"b\")", 3, 4, "\"", Messages.Expected_operatorOrClose);
        assertError(KQL, "f:(a or )", 8, 9, ")", Messages.Expected_value);
        assertError(KQL, "a } b", 2, 3, "}", Messages.Expected_operator);
        assertError(KQL, "\"x\" 2024-01-01/x", 4, 16, "2024-01-01/x", Messages.Expected_operator);
    }

    @Test
    void nestedQueries() {
        assertError(KQL, "user:{ a:b", 5, 6, "{", "}");
        assertError(KQL, "user:{ a:b )", 11, 12, ")", Messages.Expected_operatorOrNestedEnd);
        assertError(KQL, "user:{}", 6, 7, "}", Messages.Expected_operand);
    }

    @Test
    void quotesAndEscapes() {
        assertError(KQL, "x:\"abc", 2, 3, "\"", "\"");
        assertError(KQL, "x:a\\qb", 3, 5, "\\q", "");
        assertError(KQL, "x:a\\", 3, 4, "\\", "");
        assertError(KQL, "x:\\u12", 2, 4, "\\u", "");
        assertError(KQL, "x:\"\\u12\"", 3, 5, "\\u", "");
    }

    @Test
    void englishMessagesReadWell() {
        assumeTrue("the end of the query".equals(Messages.Found_end), "English is the active language");
        assertEquals("Expected a value after ':' at 12, found the end of the query",
                message("source.port:"));
        assertEquals("Unbalanced parenthesis opened at 3", message("a: (b or c"));
        assertEquals("Expected 'and', 'or' or the end of the query at 4, found ':'", message("ab:b:c"));
        assertEquals("Invalid escape sequence '\\q' at 1", message("a\\q"));
        assertEquals("Closing parenthesis at 1 has no matching opening parenthesis", message("a)"));
    }

    private static String after(String token) {
        return NLS.bind(Messages.Expected_valueAfter, token);
    }

    private static String message(String query) {
        try {
            KqlParser.parse(query);
            throw new AssertionError("no error for " + query);
        } catch (QuerySyntaxException e) {
            return e.getMessage();
        }
    }
}
