/**
 * The query languages of the search bar. {@link org.vigil.query.KqlParser} (Kibana Query Language)
 * and {@link org.vigil.query.LuceneSyntaxParser} (classic Lucene syntax) both turn the text an
 * operator types into the same immutable {@link org.vigil.query.QueryNode} tree, which every
 * engine (Elasticsearch, the embedded Lucene store) translates on its own. The tree is
 * deliberately unresolved: field names may hold wildcards and values stay strings, because which
 * fields exist and what type they have is the engine's knowledge, not the parser's.
 * {@link org.vigil.query.DateMath} resolves the date expressions that range values may carry.
 *
 * <p>Package version 0.1.1 adds {@link org.vigil.query.ValueCompletion}, the query bar's value
 * completion; bundles that use it import {@code [0.1.1,0.2)}.
 * <p>Version 1.1.0 adds {@code Term.wildcardRegex}, the wildcard syntax as a regular expression.
 */
package org.vigil.query;
