package org.vigil.query;

/**
 * Matches documents that have any value in the field: KQL {@code field:*}, Lucene
 * {@code field:*}, {@code field:[* TO *]} or {@code _exists_:field}.
 *
 * @param field the field, possibly a pattern
 * @param span where the leaf is in the query text
 */
public record Exists(FieldRef field, Span span) implements QueryNode {

    @Override
    public String toString() {
        return field + ":*"; //$NON-NLS-1$
    }
}
