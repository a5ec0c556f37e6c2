package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vigil.query.And;
import org.vigil.query.KqlParser;
import org.vigil.query.KqlText;
import org.vigil.query.Match;
import org.vigil.query.Not;
import org.vigil.query.QueryNode;

/** Filter-for and filter-out write KQL that parses back to exactly the value clicked. */
class KqlTextTest {

    @Test
    void awkwardValuesRoundTrip() throws Exception {
        String value = "C:\\Windows\\cmd.exe \"/c\" whoami or (x)";
        QueryNode query = KqlParser.parse(KqlText.narrow("", "process.command_line", value, false));
        Match match = (Match) query;
        assertEquals("process.command_line", match.field().name());
        assertEquals(value, match.value().text());
    }

    @Test
    void narrowingKeepsTheOperatorsQueryAsOneGroup() throws Exception {
        QueryNode query = KqlParser.parse(KqlText.narrow("a or b", "user.name", "admin", true));
        And and = (And) query;
        assertEquals(2, and.operands().size());
        Not not = (Not) and.operands().get(1);
        assertEquals("admin", ((Match) not.operand()).value().text());
    }

    @Test
    void fieldNamesWithSpecialCharactersAreEscaped() throws Exception {
        Match match = (Match) KqlParser.parse(KqlText.narrow("", "odd:name", "v", false));
        assertEquals("odd:name", match.field().name());
    }
}
