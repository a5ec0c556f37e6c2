package org.vigil.query.tests;

import static org.vigil.query.tests.SyntaxErrors.assertError;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.internal.Messages;

/** The errors of the Lucene mode: invalid syntax and the syntax it does not translate. */
class LuceneSyntaxErrorTest {

    private static final SyntaxErrors.Parser LUCENE = LuceneSyntaxParser::parse;

    @Test
    void mixingRequiredAndOptionalClausesNeedsParentheses() {
        assertError(LUCENE, "a AND b OR c", 11, 12, "c", "(");
        assertError(LUCENE, "+a b", 3, 4, "b", "(");
        assertError(LUCENE, "x a AND b", 0, 1, "x", "(");
    }

    @Test
    void unsupportedSyntax() {
        assertError(LUCENE, "a~2", 1, 2, "~", "");
        assertError(LUCENE, "\"a b\"~2", 5, 6, "~", "");
        assertError(LUCENE, "a^2", 1, 2, "^", "");
        assertError(LUCENE, "/ab+/", 0, 1, "/", "");
        assertError(LUCENE, "ip:10.0.0.0/8", 11, 12, "/", "");
    }

    @Test
    void operatorsNeedClauses() {
        assertError(LUCENE, "AND a", 0, 3, "AND", Messages.Expected_clause);
        assertError(LUCENE, "a AND", 5, 5, "", NLS.bind(Messages.Expected_clauseAfter, "AND"));
        assertError(LUCENE, "a || ", 5, 5, "", NLS.bind(Messages.Expected_clauseAfter, "||"));
        assertError(LUCENE, "(a -)", 4, 5, ")", NLS.bind(Messages.Expected_clauseAfter, "-"));
        assertError(LUCENE, "x:", 2, 2, "", NLS.bind(Messages.Expected_valueAfter, ":"));
        assertError(LUCENE, "x:>", 3, 3, "", NLS.bind(Messages.Expected_valueAfter, ">"));
        assertError(LUCENE, "()", 1, 2, ")", Messages.Expected_clause);
    }

    @Test
    void parenthesesAndQuotes() {
        assertError(LUCENE, "(a", 0, 1, "(", ")");
        assertError(LUCENE, "a)", 1, 2, ")", Messages.Expected_operator);
        assertError(LUCENE, "\"abc", 0, 1, "\"", "\"");
        assertError(LUCENE, "a\\", 1, 2, "\\", "");
    }

    @Test
    void ranges() {
        assertError(LUCENE, "x:[1 TO", 7, 7, "", Messages.Expected_rangeBound);
        assertError(LUCENE, "x:[1 5]", 5, 6, "5", Messages.Expected_rangeTo);
        assertError(LUCENE, "x:[1 to 5]", 5, 7, "to", Messages.Expected_rangeTo);
        assertError(LUCENE, "x:[1 TO 5", 2, 3, "[", "]");
        assertError(LUCENE, "x:[1 TO 5 6]", 10, 11, "6", Messages.Expected_rangeEnd);
    }
}
