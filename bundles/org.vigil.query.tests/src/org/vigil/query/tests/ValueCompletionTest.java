package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.query.KqlParser;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.Match;
import org.vigil.query.QueryNode;
import org.vigil.query.ValueCompletion;
import org.vigil.query.ValueCompletion.Context;
import org.vigil.query.ValueCompletion.Edit;
import org.vigil.query.ValueCompletion.Syntax;

/** Which field's values the query bar proposes where the caret is, and how a value taken is written. */
class ValueCompletionTest {

    /** The caret, in the queries below. */
    private static final String CARET = "|";

    @Test
    void afterAColonTheFieldsValuesArePlainlyProposed() {
        assertEquals(new Context("source.ip", 10, 10, ""), at("source.ip:|", Syntax.KQL));
        assertEquals(new Context("source.ip", 11, 11, ""), at("source.ip: |", Syntax.KQL));
        assertEquals(new Context("event.action", 13, 17, "port"), at("event.action:port|", Syntax.LUCENE));
    }

    @Test
    void theWholeWordUnderTheCaretIsReplacedButOnlyWhatIsBeforeItFilters() {
        assertEquals(new Context("source.ip", 10, 18, "10.0"), at("source.ip:10.0|.0.1 and x:y", Syntax.KQL));
    }

    @Test
    void insideAGroupTheGroupsFieldIsMeant() {
        assertEquals("event.action", at("event.action:(port-scan or |", Syntax.KQL).field());
        assertEquals("event.action", at("event.action:(port-scan or (a and |", Syntax.KQL).field());
        assertEquals("event.action", at("event.action:(|", Syntax.KQL).field());
        assertEquals("event.action", at("event.action:(port-scan OR -we|", Syntax.LUCENE).field());
        assertEquals(new Context("event.action", 28, 30, "we"), at("event.action:(port-scan OR -we|", Syntax.LUCENE));
    }

    @Test
    void aClosedGroupOrAPlainParenthesisNamesNoField() {
        assertTrue(none("event.action:(a or b) and |", Syntax.KQL));
        assertTrue(none("(a or |", Syntax.KQL));
        assertTrue(none("|", Syntax.KQL));
        assertTrue(none("message|", Syntax.KQL));
    }

    @Test
    void nestedQueriesPrefixTheirPath() {
        assertEquals("user.name", at("user:{ name:| }", Syntax.KQL).field());
        assertEquals("user.name", at("user:{ id:1 and name:(a or |", Syntax.KQL).field());
    }

    @Test
    void rangesWildcardFieldsAndFinishedValuesGetNoValues() {
        assertTrue(none("destination.port >= |", Syntax.KQL));
        assertTrue(none("destination.port:[1 TO |", Syntax.LUCENE));
        assertTrue(none("destination.port:>|", Syntax.LUCENE));
        assertTrue(none("source.*:|", Syntax.KQL));
        assertTrue(none("user.name:\"admin\" |", Syntax.KQL));
        assertTrue(none("user.name:admin |", Syntax.LUCENE));
    }

    @Test
    void anOpenQuoteIsPartOfWhatIsReplaced() {
        assertEquals(new Context("user.name", 10, 13, "Ng"), at("user.name:\"Ng|", Syntax.KQL));
        assertEquals(new Context("user.name", 10, 18, "Ng"), at("user.name:\"Ng|uyen\" and x", Syntax.KQL));
        assertEquals(new Context("user.name", 10, 15, "a\"b"), at("user.name:\"a\\\"b|", Syntax.LUCENE));
    }

    @Test
    void aKqlValueRunsOverBlanksAsKqlReadsIt() {
        assertEquals(new Context("organization.name", 18, 22, "Sở T"), at("organization.name:Sở T|", Syntax.KQL));
        assertTrue(none("organization.name:Sở T|", Syntax.LUCENE), "in Lucene a blank ends the value");
        assertTrue(none("event.action:a and b|", Syntax.KQL));
    }

    @Test
    void escapedFieldNamesAreResolved() {
        assertEquals("odd:name", at("odd\\:name:|", Syntax.KQL).field());
        assertEquals("host.name", at("+host.name:|", Syntax.LUCENE).field());
    }

    @Test
    void valuesStartingWithWhatWasTypedComeFirst() {
        List<String> values = List.of("web-attack", "port-scan", "Port-probe", "logon-failed", "scan");
        assertEquals(List.of("port-scan", "Port-probe"), ValueCompletion.matching(values, "port"));
        assertEquals(List.of("scan", "port-scan"), ValueCompletion.matching(values, "SCAN"));
        assertEquals(values, ValueCompletion.matching(values, ""));
    }

    @Test
    void plainValuesStayPlainAndOthersAreQuotedForTheirLanguage() {
        assertEquals("10.0.0.0/8", ValueCompletion.literal("10.0.0.0/8", Syntax.KQL));
        assertEquals("\"10.0.0.0/8\"", ValueCompletion.literal("10.0.0.0/8", Syntax.LUCENE));
        assertEquals("\"or\"", ValueCompletion.literal("or", Syntax.KQL));
        assertEquals("or", ValueCompletion.literal("or", Syntax.LUCENE));
        assertEquals("\"OR\"", ValueCompletion.literal("OR", Syntax.LUCENE));
        assertEquals("\"-x\"", ValueCompletion.literal("-x", Syntax.LUCENE));
        assertEquals("-x", ValueCompletion.literal("-x", Syntax.KQL));
        assertEquals("\"fe80::1\"", ValueCompletion.literal("fe80::1", Syntax.KQL));
        assertEquals("\"C:\\\\Windows \\\"x\\\"\"", ValueCompletion.literal("C:\\Windows \"x\"", Syntax.KQL));
        assertEquals("\"\"", ValueCompletion.literal("", Syntax.KQL));
    }

    @Test
    void takingAValueReplacesWhatWasTypedAndLeavesTheCaretAfterIt() {
        assertEquals(new Edit("event.action:port-scan ", 23), take("event.action:po|", "port-scan", Syntax.KQL));
        assertEquals(new Edit("event.action:(a or port-scan)", 28),
                take("event.action:(a or po|)", "port-scan", Syntax.KQL));
        assertEquals(new Edit("user.name:\"Nguyen Ba\" and x", 21),
                take("user.name:\"Ng|uy\" and x", "Nguyen Ba", Syntax.KQL));
        assertEquals(new Edit("organization.name:\"Sở Tài chính\" ", 33),
                take("organization.name:Sở T|", "Sở Tài chính", Syntax.KQL));
    }

    @Test
    void everyValueTakenParsesBackToItselfInBothLanguages() throws Exception {
        List<String> awkward = List.of("port-scan", "10.0.0.0/8", "fe80::1", "a b", "and", "AND", "-x", "+x", "!x",
                "C:\\Windows\\cmd.exe \"/c\"", "wild*card?", "(x)", "{y}", "[z]", "a&&b", "a||b", "^~", "TO",
                "Sở Tài chính", "a:b", "<x>", "\\");
        for (String value : awkward) {
            Edit kql = take("user.name:|", value, Syntax.KQL);
            assertEquals(value, value(KqlParser.parse(kql.query())), "KQL for " + value + ": " + kql.query());
            Edit lucene = take("user.name:|", value, Syntax.LUCENE);
            assertEquals(value, value(LuceneSyntaxParser.parse(lucene.query())),
                    "Lucene for " + value + ": " + lucene.query());
        }
    }

    private static String value(QueryNode query) {
        Match match = (Match) query;
        assertEquals("user.name", match.field().name());
        assertTrue(!match.value().hasWildcard(), "a wildcard where an exact value was meant: " + match);
        return match.value().text();
    }

    private static Edit take(String typed, String value, Syntax syntax) {
        String query = typed.replace(CARET, "");
        return ValueCompletion.insert(query, at(typed, syntax), value, syntax);
    }

    private static Context at(String typed, Syntax syntax) {
        Optional<Context> context = ValueCompletion.at(typed.replace(CARET, ""), typed.indexOf(CARET), syntax);
        assertTrue(context.isPresent(), "no value expected in " + typed);
        return context.get();
    }

    private static boolean none(String typed, Syntax syntax) {
        return ValueCompletion.at(typed.replace(CARET, ""), typed.indexOf(CARET), syntax).isEmpty();
    }
}
