package org.vigil.query;

/**
 * A node of a parsed query. The tree is immutable and compares by value, and each node knows
 * the part of the query text it came from so that the UI can point at it.
 * <p>
 * Engines translate the tree with an exhaustive {@code switch} over the permitted records.
 */
public sealed interface QueryNode permits And, Or, Not, Match, Exists, Range, Nested, MatchAll {

    /**
     * Returns where this node is in the query text.
     *
     * @return the span of the text this node was parsed from
     */
    Span span();
}
