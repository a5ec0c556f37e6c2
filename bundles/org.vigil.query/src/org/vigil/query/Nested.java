package org.vigil.query;

/**
 * Matches documents with at least one object under a nested path that matches the inner query
 * on its own: KQL {@code user:{ first: "Alice" and last: "Smith" }}. As in Kibana, field names
 * inside are relative to the path ({@code first} means {@code user.first}); engines prefix them.
 *
 * @param path the nested field path, as written
 * @param query the inner query, with field names relative to {@code path}
 * @param span where the node is in the query text
 */
public record Nested(String path, QueryNode query, Span span) implements QueryNode {

    @Override
    public String toString() {
        return path + ":{" + query + "}"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
