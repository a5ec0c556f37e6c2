package org.vigil.query;

/**
 * Matches every document: the empty query, a bare {@code *} or {@code *:*}.
 *
 * @param span where the node is in the query text (the whole text for an empty query)
 */
public record MatchAll(Span span) implements QueryNode {

    @Override
    public String toString() {
        return "*"; //$NON-NLS-1$
    }
}
