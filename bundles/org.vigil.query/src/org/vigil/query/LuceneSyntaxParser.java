package org.vigil.query;

import org.vigil.query.internal.LuceneGrammar;

/**
 * Parses the classic Lucene query syntax (as Elasticsearch's {@code query_string} reads it) into
 * the same tree as {@link KqlParser}.
 * <ul>
 * <li>{@code field:value}, bare values (all fields), {@code "phrases"}, wildcards {@code *} and
 * {@code ?} (both become wildcards of {@link Term#pattern()}), {@code field:*} and
 * {@code _exists_:field} (exists), {@code *:*} (everything), groups {@code field:(a b)}.</li>
 * <li>Ranges {@code field:[a TO b]}, {@code {a TO b}}, mixed brackets, {@code *} for an open end,
 * and {@code field:>5}, {@code >=}, {@code <}, {@code <=}.</li>
 * <li>{@code AND}/{@code &&}, {@code OR}/{@code ||}, {@code NOT}/{@code !} (upper case only, as in
 * Lucene), prefixes {@code +} (required) and {@code -} (prohibited), parentheses; the default
 * operator between clauses is OR.</li>
 * <li>A backslash escapes any character.</li>
 * </ul>
 * Lucene gives no precedence to AND over OR: {@code a AND b OR c} makes {@code a} and {@code b}
 * required and {@code c} merely optional, so {@code c} alone never matches. Because that surprises
 * nearly everyone, a group of clauses that mixes required ones ({@code +} or AND) with optional
 * ones (OR or no operator) is rejected and the operator is asked to add parentheses. Prohibited
 * clauses exclude documents from the group's result, so {@code a OR NOT b} means
 * {@code a AND NOT b}, as in Lucene. Fuzzy and proximity ({@code ~}), boosts ({@code ^}) and
 * regular expressions ({@code /.../}) are not supported and are reported at their position; quote
 * or escape a {@code /}, e.g. {@code ip:"10.0.0.0/8"}.
 */
public final class LuceneSyntaxParser {

    private LuceneSyntaxParser() {
    }

    /**
     * Parses a query in Lucene syntax.
     *
     * @param query the query as typed; blank means everything
     * @return the query tree, {@link MatchAll} for a blank query
     * @throws QuerySyntaxException if the query is not valid or uses unsupported syntax
     */
    public static QueryNode parse(String query) throws QuerySyntaxException {
        return new LuceneGrammar(query).parse();
    }
}
