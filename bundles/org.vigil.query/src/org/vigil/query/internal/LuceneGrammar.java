package org.vigil.query.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.query.Exists;
import org.vigil.query.FieldRef;
import org.vigil.query.MatchAll;
import org.vigil.query.Not;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Range;
import org.vigil.query.Span;

/**
 * A reading of the classic Lucene query syntax: a group is a list of clauses, each optional,
 * required or prohibited as Lucene's {@code BooleanQuery} has them, which is then turned into
 * {@code And}/{@code Or}/{@code Not} where that keeps Lucene's meaning.
 */
public final class LuceneGrammar {

    private static final String EXISTS_FIELD = "_exists_"; //$NON-NLS-1$

    /** How a clause takes part in its group, as in Lucene's {@code BooleanClause.Occur}. */
    private enum Occur {
        MUST, SHOULD, MUST_NOT
    }

    private enum Conjunction {
        NONE, AND, OR
    }

    private record Clause(QueryNode node, Occur occur) {
    }

    private final Scanner in;
    private final LuceneTerms terms;

    /**
     * Prepares to parse a query.
     *
     * @param query the query text, null meaning empty
     */
    public LuceneGrammar(String query) {
        in = new Scanner(query);
        terms = new LuceneTerms(in);
    }

    /**
     * Parses the whole query.
     *
     * @return the tree
     * @throws QuerySyntaxException if the query is not valid or uses unsupported syntax
     */
    public QueryNode parse() throws QuerySyntaxException {
        in.skipBlanks();
        if (in.atEnd()) {
            return new MatchAll(new Span(0, in.length()));
        }
        QueryNode query = in.peek() == ')' ? null : clauses(FieldRef.ALL);
        if (!in.atEnd()) {
            throw in.unmatchedParenthesis();
        }
        return query;
    }

    /** Reads clauses up to the end or a closing parenthesis, bare values going to {@code field}. */
    private QueryNode clauses(FieldRef field) throws QuerySyntaxException {
        List<Clause> clauses = new ArrayList<>();
        while (hasClause()) {
            Conjunction conjunction = conjunction(clauses.isEmpty());
            int start = in.pos();
            Occur modifier = modifier();
            QueryNode node = clause(field);
            terms.rejectUnsupported();
            if (modifier == Occur.MUST_NOT) {
                node = new Not(node, new Span(start, node.span().end()));
            }
            add(clauses, conjunction, modifier, node);
        }
        if (clauses.isEmpty()) {
            throw in.expected(Messages.Expected_clause);
        }
        return combine(clauses);
    }

    private boolean hasClause() {
        in.skipBlanks();
        return !in.atEnd() && in.peek() != ')';
    }

    private Conjunction conjunction(boolean first) throws QuerySyntaxException {
        Conjunction conjunction = operatorAt("AND") || in.wordAt(in.pos(), "&&", false) ? Conjunction.AND //$NON-NLS-1$ //$NON-NLS-2$
                : operatorAt("OR") || in.wordAt(in.pos(), "||", false) ? Conjunction.OR : Conjunction.NONE; //$NON-NLS-1$ //$NON-NLS-2$
        if (conjunction == Conjunction.NONE) {
            return conjunction;
        }
        if (first) {
            throw in.expected(Messages.Expected_clause);
        }
        boolean symbol = in.peek() == '&' || in.peek() == '|';
        operatorEnd(symbol ? 2 : conjunction.name().length());
        return conjunction;
    }

    /** Reads a {@code +}, {@code -}, {@code !} or {@code NOT} prefix; SHOULD means none. */
    private Occur modifier() throws QuerySyntaxException {
        char c = in.peek();
        if (c == '+' || c == '-' || c == '!') {
            operatorEnd(1);
            return c == '+' ? Occur.MUST : Occur.MUST_NOT;
        }
        if (operatorAt("NOT")) { //$NON-NLS-1$
            operatorEnd(3);
            return Occur.MUST_NOT;
        }
        return Occur.SHOULD;
    }

    /** Skips an operator of {@code length} characters and checks that a clause follows it. */
    private void operatorEnd(int length) throws QuerySyntaxException {
        int start = in.pos();
        in.advance(length);
        String operator = in.slice(in.spanFrom(start));
        in.skipBlanks();
        if (in.atEnd() || in.peek() == ')') {
            throw in.expected(NLS.bind(Messages.Expected_clauseAfter, operator));
        }
    }

    /** Tells whether an upper-case operator word stands on its own at the current position. */
    private boolean operatorAt(String word) {
        int after = in.pos() + word.length();
        char next = in.charAt(after);
        return in.wordAt(in.pos(), word, false)
                && (after >= in.length() || Character.isWhitespace(next) || "()\"".indexOf(next) >= 0); //$NON-NLS-1$
    }

    private QueryNode clause(FieldRef field) throws QuerySyntaxException {
        int start = in.pos();
        char c = in.peek();
        if (c == '(') {
            return group(field);
        }
        if (c == '[' || c == '{') {
            return bracketRange(field, start);
        }
        Literal first = terms.term(Messages.Expected_clause);
        int afterFirst = in.pos();
        in.skipBlanks();
        if (!first.term().phrase() && in.accept(':')) {
            in.skipBlanks();
            return fieldClause(first, start);
        }
        in.reset(afterFirst);
        return Nodes.leaf(field, first, first.span());
    }

    private QueryNode fieldClause(Literal name, int start) throws QuerySyntaxException {
        FieldRef field = name.field();
        if (!field.wildcard() && EXISTS_FIELD.equals(field.name())) {
            Literal existing = terms.term(valueAfter(":")); //$NON-NLS-1$
            return new Exists(existing.field(), in.spanFrom(start));
        }
        char c = in.peek();
        if (c == '(') {
            return Nodes.withSpan(group(field), in.spanFrom(start));
        }
        if (c == '[' || c == '{') {
            return bracketRange(field, start);
        }
        Range.Operator operator = rangeOperator();
        if (operator != null) {
            Literal bound = terms.term(valueAfter(operator.symbol()));
            return new Range(field, operator, bound.term().text(), in.spanFrom(start));
        }
        return Nodes.leaf(field, terms.term(valueAfter(":")), in.spanFrom(start)); //$NON-NLS-1$
    }

    private QueryNode group(FieldRef field) throws QuerySyntaxException {
        int open = in.pos();
        in.next();
        QueryNode inner = clauses(field);
        if (!in.accept(')')) {
            throw in.unclosed(open, Messages.Syntax_unbalancedParenthesis, ")"); //$NON-NLS-1$
        }
        return Nodes.withSpan(inner, in.spanFrom(open));
    }

    /** Reads {@code [a TO b]}, {@code {a TO b}} or a mix; two bounds become an {@code And} of two ranges. */
    private QueryNode bracketRange(FieldRef field, int start) throws QuerySyntaxException {
        int open = in.pos();
        boolean includesLower = in.next() == '[';
        Literal lower = terms.bound();
        expectTo();
        Literal upper = terms.bound();
        boolean includesUpper = closeRange(open);
        Span span = in.spanFrom(start);
        List<QueryNode> bounds = new ArrayList<>();
        bound(bounds, field, lower, includesLower ? Range.Operator.GTE : Range.Operator.GT, span);
        bound(bounds, field, upper, includesUpper ? Range.Operator.LTE : Range.Operator.LT, span);
        if (bounds.isEmpty()) {
            return field.isAll() ? new MatchAll(span) : new Exists(field, span);
        }
        return Nodes.withSpan(Nodes.and(bounds), span);
    }

    private void expectTo() throws QuerySyntaxException {
        in.skipBlanks();
        if (!operatorAt("TO")) { //$NON-NLS-1$
            throw in.expected(Messages.Expected_rangeTo);
        }
        in.advance(2);
    }

    /** Reads the closing bracket of the range opened at {@code open}; true if it includes the bound. */
    private boolean closeRange(int open) throws QuerySyntaxException {
        in.skipBlanks();
        if (in.atEnd()) {
            throw in.unclosed(open, Messages.Syntax_unclosedRange, "]"); //$NON-NLS-1$
        }
        if (in.peek() != ']' && in.peek() != '}') {
            throw in.expected(Messages.Expected_rangeEnd);
        }
        return in.next() == ']';
    }

    /** Adds the range for one bound unless the bound is {@code *}, an open end. */
    private static void bound(List<QueryNode> bounds, FieldRef field, Literal bound, Range.Operator operator,
            Span span) {
        if (!bound.isAnyValue()) {
            bounds.add(new Range(field, operator, bound.term().text(), span));
        }
    }

    private Range.Operator rangeOperator() {
        if (in.accept('<')) {
            return in.accept('=') ? Range.Operator.LTE : Range.Operator.LT;
        }
        if (in.accept('>')) {
            return in.accept('=') ? Range.Operator.GTE : Range.Operator.GT;
        }
        return null;
    }

    /** Applies Lucene's rules: AND makes both neighbours required unless they are prohibited. */
    private static void add(List<Clause> clauses, Conjunction conjunction, Occur modifier, QueryNode node) {
        boolean and = conjunction == Conjunction.AND;
        if (and && clauses.getLast().occur() == Occur.SHOULD) {
            clauses.set(clauses.size() - 1, new Clause(clauses.getLast().node(), Occur.MUST));
        }
        Occur occur = modifier == Occur.SHOULD && and ? Occur.MUST : modifier;
        clauses.add(new Clause(node, occur));
    }

    /**
     * Turns a group into nodes: the required clauses, or else the optional ones as an {@code Or},
     * each followed by the prohibited ones in query order. Optional clauses beside required ones
     * would only affect scoring in Lucene, which is not what their author meant, so that is an error.
     */
    private QueryNode combine(List<Clause> clauses) throws QuerySyntaxException {
        List<QueryNode> optional = clauses.stream().filter(c -> c.occur() == Occur.SHOULD).map(Clause::node).toList();
        boolean required = clauses.stream().anyMatch(c -> c.occur() == Occur.MUST);
        if (required && !optional.isEmpty()) {
            Span span = optional.get(0).span();
            throw in.error(span, "(", Messages.Syntax_ambiguous, in.slice(span)); //$NON-NLS-1$
        }
        List<QueryNode> operands = new ArrayList<>();
        for (Clause clause : clauses) {
            if (clause.occur() != Occur.SHOULD) {
                operands.add(clause.node());
            } else if (clause.node() == optional.get(0)) {
                operands.add(Nodes.or(optional));
            }
        }
        return Nodes.and(operands);
    }

    private static String valueAfter(String token) {
        return NLS.bind(Messages.Expected_valueAfter, token);
    }
}
