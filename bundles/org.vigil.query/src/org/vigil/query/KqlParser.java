package org.vigil.query;

import org.vigil.query.internal.KqlGrammar;

/**
 * Parses the Kibana Query Language with Kibana's semantics.
 * <ul>
 * <li>{@code field:value}, {@code field:"a phrase"}, a bare value (all fields), wildcards
 * {@code *} in values and in field names ({@code source.*:10.0.0.1}), {@code field:*} (exists),
 * a bare {@code *} or {@code *:*} (everything).</li>
 * <li>{@code field > 5}, {@code >=}, {@code <}, {@code <=} with a number, date, date math or IP.</li>
 * <li>{@code and}, {@code or}, {@code not} in any case, binding {@code not} &gt; {@code and} &gt;
 * {@code or}; parentheses; value groups {@code field:(a or b and not c)}; nested objects
 * {@code field:{ inner query }}.</li>
 * <li>Backslash escapes {@code \ ( ) : < > " * { }}, whitespace ({@code \t}, {@code \r},
 * {@code \n}, or a backslash before a blank), Unicode ({@code \} then {@code u} and four hex digits) and the keywords ({@code \and}).</li>
 * </ul>
 * Words without an operator between them are, as in Kibana, <em>one</em> value:
 * {@code message:failed login} matches the value {@code failed login}, which an engine analyses
 * into words for a text field (so any of them matches, as Elasticsearch's {@code match} query
 * does) and compares whole with a keyword field. An unquoted value may therefore contain blanks and
 * a slash, so {@code 10.0.0.0/8} needs no quotes. Where Kibana's grammar only happens to accept
 * something, this parser reports it instead: {@code a or} at the end of the query is an error
 * (Kibana searches for the value {@code a or}), and {@code and}/{@code or} may also be followed
 * by a parenthesis.
 */
public final class KqlParser {

    private KqlParser() {
    }

    /**
     * Parses a KQL query.
     *
     * @param query the query as typed; blank means everything
     * @return the query tree, {@link MatchAll} for a blank query
     * @throws QuerySyntaxException if the query is not valid KQL, with the span to mark
     */
    public static QueryNode parse(String query) throws QuerySyntaxException {
        return new KqlGrammar(query).parse();
    }
}
