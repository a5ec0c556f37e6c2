package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.query.Range.Operator.GT;
import static org.vigil.query.Range.Operator.GTE;
import static org.vigil.query.Range.Operator.LT;
import static org.vigil.query.Range.Operator.LTE;
import static org.vigil.query.tests.Ast.all;
import static org.vigil.query.tests.Ast.and;
import static org.vigil.query.tests.Ast.bare;
import static org.vigil.query.tests.Ast.exists;
import static org.vigil.query.tests.Ast.match;
import static org.vigil.query.tests.Ast.not;
import static org.vigil.query.tests.Ast.or;
import static org.vigil.query.tests.Ast.phrase;
import static org.vigil.query.tests.Ast.range;
import static org.vigil.query.tests.Ast.wildcard;
import static org.vigil.query.tests.Ast.word;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.query.And;
import org.vigil.query.FieldRef;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.Not;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Range;
import org.vigil.query.Span;

/** The Lucene syntax the query bar accepts in its second mode, checked against the exact tree. */
class LuceneSyntaxParserTest {

    @Test
    void blankQueriesMatchEverything() throws QuerySyntaxException {
        assertEquals(new MatchAll(new Span(0, 2)), LuceneSyntaxParser.parse("  "));
    }

    @Test
    void fieldsTermsAndPhrases() throws QuerySyntaxException {
        assertParses(match("status", "200"), "status:200");
        assertParses(match("status", "200"), "status: 200");
        assertParses(bare("error"), "error");
        assertParses(match("msg", phrase("\"failed login\"", "failed login")), "msg:\"failed login\"");
        assertParses(bare(phrase("\"a \\\"b\\\"\"", "a \"b\"")), "\"a \\\"b\\\"\"");
        assertParses(match("day", "2024-01-01"), "day:2024-01-01");
        assertParses(match("user", "first-last+x"), "user:first-last+x");
    }

    @Test
    void defaultOperatorIsOr() throws QuerySyntaxException {
        assertParses(or(bare("a"), bare("b"), bare("c")), "a b c");
        assertParses(or(bare("a"), bare("b")), "a OR b");
        assertParses(or(bare("a"), bare("b")), "a || b");
        assertParses(or(bare("a"), bare("and"), bare("b")), "a and b");
    }

    @Test
    void andMakesBothSidesRequired() throws QuerySyntaxException {
        assertParses(and(bare("a"), bare("b")), "a AND b");
        assertParses(and(bare("a"), bare("b"), bare("c")), "a && b AND c");
        assertParses(and(bare("a"), bare("b")), "+a +b");
    }

    @Test
    void prohibitedClausesExclude() throws QuerySyntaxException {
        assertParses(and(bare("a"), not(bare("b"))), "+a -b");
        assertParses(and(bare("a"), not(bare("b"))), "a -b");
        assertParses(and(or(bare("a"), bare("c")), not(bare("b"))), "a -b c");
        assertParses(and(bare("a"), not(bare("b"))), "a AND NOT b");
        assertParses(and(bare("a"), not(bare("b"))), "a OR NOT b");
        assertParses(not(bare("a")), "NOT a");
        assertParses(not(bare("a")), "!a");
        assertParses(and(not(bare("a")), not(bare("b"))), "-a -b");
    }

    @Test
    void groups() throws QuerySyntaxException {
        assertParses(and(or(bare("a"), bare("b")), bare("c")), "(a OR b) AND c");
        assertParses(or(match("title", "a"), match("title", "b")), "title:(a b)");
        assertParses(or(match("title", "a"), match("other", "b")), "title:(a other:b)");
        assertParses(and(match("t", "a"), not(match("t", "b"))), "t:(+a -b)");
    }

    @Test
    void wildcards() throws QuerySyntaxException {
        assertParses(match("host", wildcard("web-*", "web-*", "web-*")), "host:web-*");
        assertParses(bare(wildcard("te?t", "te?t", "te?t")), "te?t");
        assertParses(bare(word("a\\*b", "a*b")), "a\\*b");
        assertParses(bare(wildcard("\\?a*", "?a*", "\\?a*")), "\\?a*");
        assertEquals(new Match(new FieldRef("source.*", true), word("x"), Ast.NO_SPAN),
                Ast.withoutSpans(LuceneSyntaxParser.parse("source.*:x")));
    }

    @Test
    void existsAndMatchAll() throws QuerySyntaxException {
        assertParses(exists("user"), "user:*");
        assertParses(exists("user"), "_exists_:user");
        assertParses(exists("user"), "user:[* TO *]");
        assertParses(all(), "*:*");
        assertParses(all(), "*");
    }

    @Test
    void bracketRanges() throws QuerySyntaxException {
        assertParses(and(range("bytes", GTE, "1"), range("bytes", LTE, "5")), "bytes:[1 TO 5]");
        assertParses(and(range("bytes", GT, "1"), range("bytes", LT, "5")), "bytes:{1 TO 5}");
        assertParses(and(range("bytes", GTE, "1"), range("bytes", LT, "5")), "bytes:[1 TO 5}");
        assertParses(range("bytes", GTE, "1"), "bytes:[1 TO *]");
        assertParses(range("bytes", LT, "5"), "bytes:[* TO 5}");
        assertParses(and(range("@timestamp", GTE, "now-1h"), range("@timestamp", LTE, "now")),
                "@timestamp:[now-1h TO now]");
        assertParses(and(range("t", GTE, "2024-01-01T00:00:00"), range("t", LT, "2024-02-01")),
                "t:[\"2024-01-01T00:00:00\" TO 2024-02-01}");
    }

    @Test
    void comparisonRanges() throws QuerySyntaxException {
        assertParses(range("bytes", GT, "5"), "bytes:>5");
        assertParses(range("bytes", GTE, "5"), "bytes:>=5");
        assertParses(range("bytes", LT, "5"), "bytes:<5");
        assertParses(range("bytes", LTE, "2024-01-01"), "bytes:<=2024-01-01");
    }

    @Test
    void escapesAndSlashes() throws QuerySyntaxException {
        assertParses(bare(word("a\\:b", "a:b")), "a\\:b");
        assertParses(match("ip", phrase("\"10.0.0.0/8\"", "10.0.0.0/8")), "ip:\"10.0.0.0/8\"");
        assertParses(match("ip", word("10.0.0.0\\/8", "10.0.0.0/8")), "ip:10.0.0.0\\/8");
        assertParses(bare(word("caf\\u00e9", "caf\u00e9")), "caf\\u00e9");
    }

    @Test
    void spans() throws QuerySyntaxException {
        FieldRef bytes = FieldRef.of("bytes");
        assertEquals(new And(List.of(new Range(bytes, GTE, "1", new Span(0, 14)),
                new Range(bytes, LTE, "5", new Span(0, 14))), new Span(0, 14)), LuceneSyntaxParser.parse("bytes:[1 TO 5]"));
        assertEquals(new And(List.of(new Match(FieldRef.ALL, word("a"), new Span(0, 1)),
                new Not(new Match(FieldRef.ALL, word("b"), new Span(3, 4)), new Span(2, 4))), new Span(0, 4)),
                LuceneSyntaxParser.parse("a -b"));
        assertEquals(new Or(List.of(new Match(FieldRef.of("t"), word("a"), new Span(3, 4)),
                new Match(FieldRef.of("t"), word("b"), new Span(5, 6))), new Span(0, 7)),
                LuceneSyntaxParser.parse("t:(a b)"));
    }

    private static void assertParses(QueryNode expected, String query) throws QuerySyntaxException {
        assertEquals(expected, Ast.withoutSpans(LuceneSyntaxParser.parse(query)), query);
    }
}
