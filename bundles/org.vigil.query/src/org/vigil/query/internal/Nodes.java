package org.vigil.query.internal;

import java.util.List;

import org.vigil.query.And;
import org.vigil.query.Exists;
import org.vigil.query.FieldRef;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.Nested;
import org.vigil.query.Not;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.Range;
import org.vigil.query.Span;

/** Builds the tree nodes both grammars produce the same way. */
final class Nodes {

    private Nodes() {
    }

    /** Returns the only operand itself, or an {@link And} spanning all of them. */
    static QueryNode and(List<QueryNode> operands) {
        return operands.size() == 1 ? operands.get(0) : new And(operands, cover(operands));
    }

    /** Returns the only operand itself, or an {@link Or} spanning all of them. */
    static QueryNode or(List<QueryNode> operands) {
        return operands.size() == 1 ? operands.get(0) : new Or(operands, cover(operands));
    }

    /**
     * Builds the leaf for a field and a value: a lone {@code *} means "any value", so it is
     * {@link Exists}, or {@link MatchAll} on all fields, as in Kibana and Elasticsearch.
     */
    static QueryNode leaf(FieldRef field, Literal value, Span span) {
        if (!value.isAnyValue()) {
            return new Match(field, value.term(), span);
        }
        return field.isAll() ? new MatchAll(span) : new Exists(field, span);
    }

    /** Returns the node with another span, used to include a field name or parentheses. */
    static QueryNode withSpan(QueryNode node, Span span) {
        return switch (node) {
            case And and -> new And(and.operands(), span);
            case Or or -> new Or(or.operands(), span);
            case Not not -> new Not(not.operand(), span);
            case Match match -> new Match(match.field(), match.value(), span);
            case Exists exists -> new Exists(exists.field(), span);
            case Range range -> new Range(range.field(), range.operator(), range.bound(), span);
            case Nested nested -> new Nested(nested.path(), nested.query(), span);
            case MatchAll all -> new MatchAll(span);
        };
    }

    private static Span cover(List<QueryNode> operands) {
        return operands.get(0).span().to(operands.get(operands.size() - 1).span());
    }
}
