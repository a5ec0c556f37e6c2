package org.vigil.query.tests;

import java.util.Arrays;
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
import org.vigil.query.Term;

/**
 * Builds expected trees tersely. Spans are checked by their own tests, so these trees carry
 * {@link #NO_SPAN} and parsed trees are compared after {@link #withoutSpans(QueryNode)}.
 */
final class Ast {

    static final Span NO_SPAN = new Span(0, 0);

    private Ast() {
    }

    static Term word(String text) {
        return Term.word(text, text);
    }

    static Term word(String raw, String text) {
        return Term.word(raw, text);
    }

    static Term phrase(String raw, String text) {
        return Term.phrase(raw, text);
    }

    static Term wildcard(String raw, String text, String pattern) {
        return Term.wildcard(raw, text, pattern);
    }

    static QueryNode match(String field, Term value) {
        return new Match(FieldRef.pattern(field), value, NO_SPAN);
    }

    static QueryNode match(String field, String word) {
        return match(field, word(word));
    }

    static QueryNode bare(Term value) {
        return new Match(FieldRef.ALL, value, NO_SPAN);
    }

    static QueryNode bare(String word) {
        return bare(word(word));
    }

    static QueryNode and(QueryNode... operands) {
        return new And(Arrays.asList(operands), NO_SPAN);
    }

    static QueryNode or(QueryNode... operands) {
        return new Or(Arrays.asList(operands), NO_SPAN);
    }

    static QueryNode not(QueryNode operand) {
        return new Not(operand, NO_SPAN);
    }

    static QueryNode exists(String field) {
        return new Exists(FieldRef.pattern(field), NO_SPAN);
    }

    static QueryNode range(String field, Range.Operator operator, String bound) {
        return new Range(FieldRef.pattern(field), operator, bound, NO_SPAN);
    }

    static QueryNode nested(String path, QueryNode query) {
        return new Nested(path, query, NO_SPAN);
    }

    static QueryNode all() {
        return new MatchAll(NO_SPAN);
    }

    /** Returns the tree with every span replaced by {@link #NO_SPAN}. */
    static QueryNode withoutSpans(QueryNode node) {
        return switch (node) {
            case And and -> new And(withoutSpans(and.operands()), NO_SPAN);
            case Or or -> new Or(withoutSpans(or.operands()), NO_SPAN);
            case Not not -> new Not(withoutSpans(not.operand()), NO_SPAN);
            case Match match -> new Match(match.field(), match.value(), NO_SPAN);
            case Exists exists -> new Exists(exists.field(), NO_SPAN);
            case Range range -> new Range(range.field(), range.operator(), range.bound(), NO_SPAN);
            case Nested nested -> new Nested(nested.path(), withoutSpans(nested.query()), NO_SPAN);
            case MatchAll all -> new MatchAll(NO_SPAN);
        };
    }

    private static List<QueryNode> withoutSpans(List<QueryNode> nodes) {
        return nodes.stream().map(Ast::withoutSpans).toList();
    }
}
