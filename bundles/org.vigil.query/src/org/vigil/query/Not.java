package org.vigil.query;

/**
 * Matches every document the operand does not match.
 *
 * @param operand the negated query
 * @param span where the negation, keyword or prefix included, is in the query text
 */
public record Not(QueryNode operand, Span span) implements QueryNode {

    @Override
    public String toString() {
        return "NOT " + operand; //$NON-NLS-1$
    }
}
