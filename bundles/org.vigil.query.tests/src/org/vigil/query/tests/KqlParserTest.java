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
import static org.vigil.query.tests.Ast.nested;
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
import org.vigil.query.KqlParser;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.Nested;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Range;
import org.vigil.query.Span;
import org.vigil.query.Term;

/** Every form of KQL the query bar accepts, checked against the exact tree. */
class KqlParserTest {

    @Test
    void blankQueriesMatchEverything() throws QuerySyntaxException {
        assertEquals(new MatchAll(new Span(0, 0)), KqlParser.parse(""));
        assertEquals(new MatchAll(new Span(0, 3)), KqlParser.parse("   "));
        assertEquals(new MatchAll(new Span(0, 0)), KqlParser.parse(null));
    }

    @Test
    void fieldValue() throws QuerySyntaxException {
        assertParses(match("status", "200"), "status:200");
        assertParses(match("status", "200"), "  status : 200  ");
        assertParses(match("event.action", "logon-failed"), "event.action:logon-failed");
    }

    @Test
    void bareValuesSearchAllFields() throws QuerySyntaxException {
        assertParses(bare("mimikatz"), "mimikatz");
        assertParses(bare(phrase("\"lateral movement\"", "lateral movement")), "\"lateral movement\"");
    }

    @Test
    void wordsWithoutOperatorAreOneValueAsInKibana() throws QuerySyntaxException {
        assertParses(match("message", "failed login"), "message:failed login");
        assertParses(bare("failed login"), "failed login");
        assertParses(match("message", word("cannot  connect")), "message: cannot  connect ");
    }

    @Test
    void quotedValuesArePhrases() throws QuerySyntaxException {
        assertParses(match("message", phrase("\"failed login\"", "failed login")), "message:\"failed login\"");
        assertParses(match("path", phrase("\"a*b\"", "a*b")), "path:\"a*b\"");
        assertParses(match("q", phrase("\"say \\\"hi\\\"\"", "say \"hi\"")), "q:\"say \\\"hi\\\"\"");
        assertParses(match("p", phrase("\"C:\\temp\\x\"", "C:\temp\\x")), "p:\"C:\\temp\\x\"");
        assertParses(match("p", phrase("\"a\\\\b\"", "a\\b")), "p:\"a\\\\b\"");
    }

    @Test
    void quotedFieldNames() throws QuerySyntaxException {
        assertParses(new Match(FieldRef.of("my field"), word("x"), Ast.NO_SPAN), "\"my field\":x");
    }

    @Test
    void wildcardsInValues() throws QuerySyntaxException {
        assertParses(match("host.name", wildcard("web-*", "web-*", "web-*")), "host.name:web-*");
        assertParses(match("file", wildcard("a?b*", "a?b*", "a\\?b*")), "file:a?b*");
        assertParses(match("path", word("a\\*b", "a*b")), "path:a\\*b");
        assertParses(match("path", wildcard("a\\*b*", "a*b*", "a\\*b*")), "path:a\\*b*");
        assertParses(bare(wildcard("adm*", "adm*", "adm*")), "adm*");
    }

    @Test
    void wildcardsInFieldNames() throws QuerySyntaxException {
        QueryNode parsed = Ast.withoutSpans(KqlParser.parse("source.*:10.0.0.1"));
        assertEquals(new Match(new FieldRef("source.*", true), word("10.0.0.1"), Ast.NO_SPAN), parsed);
    }

    @Test
    void starMeansExistsOrEverything() throws QuerySyntaxException {
        assertParses(exists("user.name"), "user.name:*");
        assertParses(exists("user.*"), "user.*:*");
        assertParses(all(), "*");
        assertParses(all(), "*:*");
        assertParses(match("user.name", phrase("\"*\"", "*")), "user.name:\"*\"");
        assertParses(match("user.name", word("\\*", "*")), "user.name:\\*");
    }

    @Test
    void ranges() throws QuerySyntaxException {
        assertParses(range("bytes", GT, "5"), "bytes > 5");
        assertParses(range("bytes", GTE, "5"), "bytes>=5");
        assertParses(range("bytes", LT, "5.5"), "bytes <5.5");
        assertParses(range("bytes", LTE, "-5"), "bytes<= -5");
        assertParses(range("@timestamp", GTE, "now-1h/h"), "@timestamp >= now-1h/h");
        assertParses(range("@timestamp", LT, "2024-01-01T00:00:00Z"), "@timestamp < \"2024-01-01T00:00:00Z\"");
        assertParses(range("source.ip", GTE, "10.0.0.1"), "source.ip >= 10.0.0.1");
    }

    @Test
    void cidrBlocksAreValues() throws QuerySyntaxException {
        assertParses(match("source.ip", "10.0.0.0/8"), "source.ip:10.0.0.0/8");
        assertParses(match("source.ip", word("2001\\:db8\\:\\:/32", "2001:db8::/32")),
                "source.ip:2001\\:db8\\:\\:/32");
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() throws QuerySyntaxException {
        assertParses(or(bare("a"), and(bare("b"), not(bare("c")))), "a or b and not c");
        assertParses(or(and(not(bare("a")), bare("b")), bare("c")), "NOT a AnD b Or c");
    }

    @Test
    void chainsAreOneNode() throws QuerySyntaxException {
        assertParses(and(bare("a"), bare("b"), bare("c")), "a and b and c");
        assertParses(or(bare("a"), bare("b"), bare("c")), "a or b or c");
    }

    @Test
    void parenthesesGroup() throws QuerySyntaxException {
        assertParses(and(or(bare("a"), bare("b")), bare("c")), "(a or b) and c");
        assertParses(and(bare("a"), or(bare("b"), bare("c"))), "a and(b or c)");
        assertParses(not(bare("a")), "not(a)");
        assertParses(not(not(bare("a"))), "not not a");
        assertParses(bare("a"), "((a))");
    }

    @Test
    void keywordsAreWholeWordsOnly() throws QuerySyntaxException {
        assertParses(and(bare("orange"), bare("android")), "orange and android");
        assertParses(match("message", "cannot notify"), "message:cannot notify");
        assertParses(match("op", "or"), "op:or");
        assertParses(bare("not"), "not");
        assertParses(and(bare("a"), bare("not")), "a and not");
    }

    @Test
    void groupedValuesExpandOnTheirField() throws QuerySyntaxException {
        assertParses(or(match("status", "200"), and(match("status", "404"), match("status", "500"))),
                "status:(200 or 404 and 500)");
        assertParses(not(match("status", "200")), "status:(not 200)");
        assertParses(and(or(match("f", "a"), match("f", "b")), not(match("f", "c"))), "f:((a or b) and not c)");
        assertParses(or(match("f", phrase("\"x y\"", "x y")), exists("f")), "f:(\"x y\" or *)");
        assertParses(match("f", "a"), "f:(a)");
    }

    @Test
    void nestedQueries() throws QuerySyntaxException {
        assertParses(nested("user", and(match("first", "alice"), match("last", "smith"))),
                "user:{ first:alice and last:smith }");
        assertParses(and(nested("user", not(exists("email"))), bare("x")), "user:{not email:*} and x");
        assertParses(nested("a", nested("b", match("c", "d"))), "a:{b:{c:d}}");
    }

    @Test
    void escapes() throws QuerySyntaxException {
        assertParses(match("cmd", word("\\(x\\)", "(x)")), "cmd:\\(x\\)");
        assertParses(bare(word("a\\:b", "a:b")), "a\\:b");
        assertParses(bare(word("\\and", "and")), "\\and");
        assertParses(bare(word("a \\OR b", "a OR b")), "a \\OR b");
        assertParses(match("t", word("foo\\ ", "foo ")), "t:foo\\ ");
        assertParses(match("t", word("a\\tb", "a\tb")), "t:a\\tb");
        assertParses(match("t", word("a\\nothing", "a\nothing")), "t:a\\nothing");
        assertParses(match("t", word("caf\\u00e9", "caf\u00e9")), "t:caf\\u00e9");
        assertParses(match("t", word("\\\\\\\"\\{\\}\\<\\>", "\\\"{}<>")), "t:\\\\\\\"\\{\\}\\<\\>");
    }

    @Test
    void spansPointIntoTheText() throws QuerySyntaxException {
        QueryNode parsed = KqlParser.parse("status:200 and bytes > 5");
        QueryNode expected = new And(List.of(new Match(FieldRef.of("status"), word("200"), new Span(0, 10)),
                new Range(FieldRef.of("bytes"), GT, "5", new Span(15, 24))), new Span(0, 24));
        assertEquals(expected, parsed);
    }

    @Test
    void spansOfGroupsIncludeFieldAndParentheses() throws QuerySyntaxException {
        QueryNode parsed = KqlParser.parse("f:(a or b)");
        FieldRef f = FieldRef.of("f");
        assertEquals(new Or(List.of(new Match(f, word("a"), new Span(3, 4)), new Match(f, word("b"), new Span(8, 9))),
                new Span(0, 10)), parsed);
        assertEquals(new Match(FieldRef.ALL, word("a"), new Span(0, 5)), KqlParser.parse("( a )"));
        Nested nested = (Nested) KqlParser.parse(" user:{ a : b }");
        assertEquals(new Span(1, 15), nested.span());
        assertEquals(new Span(8, 13), nested.query().span());
    }

    @Test
    void toStringIsReadable() throws QuerySyntaxException {
        assertEquals("(a OR (b AND NOT c))", KqlParser.parse("a or b and not c").toString());
        assertEquals("(user.name:* AND bytes>=5 AND msg:\"x y\" AND host:web-*)",
                KqlParser.parse("user.name:* and bytes >= 5 and msg:\"x y\" and host:web-*").toString());
        assertEquals("user:{first:alice}", KqlParser.parse("user:{first:alice}").toString());
        assertEquals("*", KqlParser.parse("").toString());
    }

    @Test
    void termFlags() throws QuerySyntaxException {
        Term term = ((Match) KqlParser.parse("f:a*")).value();
        assertEquals(true, term.hasWildcard());
        assertEquals(false, term.phrase());
        Term quoted = ((Match) KqlParser.parse("f:\"a*\"")).value();
        assertEquals(false, quoted.hasWildcard());
        assertEquals(true, quoted.phrase());
    }

    private static void assertParses(QueryNode expected, String query) throws QuerySyntaxException {
        assertEquals(expected, Ast.withoutSpans(KqlParser.parse(query)), query);
    }
}
