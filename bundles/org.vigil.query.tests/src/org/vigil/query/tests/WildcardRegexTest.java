package org.vigil.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.query.Term;

/** The wildcard syntax every engine reads the same way: whole text, * any run, ? one character, \ escapes. */
class WildcardRegexTest {

    @ParameterizedTest
    @CsvSource({ "logon*, logon-failure, true", "logon*, failed-logon, false", "t?ue, true, true",
            "t?ue, trrue, false", "'a\\*b', a*b, true", "'a\\*b', axb, false", "*.exe, C:\\x.exe, true",
            "'a.b', axb, false", "*, '', true", "source.*, source.ip, true" })
    void aPatternMatchesTheWholeTextAsItsWildcardsSay(String pattern, String text, boolean matches) {
        assertEquals(matches, Term.wildcardRegex(pattern).matcher(text).matches());
    }
}
