package org.vigil.query.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.query.FieldRef;
import org.vigil.query.MatchAll;
import org.vigil.query.Nested;
import org.vigil.query.Not;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Range;
import org.vigil.query.Span;

/**
 * A recursive-descent reading of Kibana's KQL grammar: {@code or} over {@code and} over
 * {@code not} over a primary, where the same three levels also combine the values of a group
 * {@code field:(...)}.
 */
public final class KqlGrammar {

    /** Parses one operand of {@code and}/{@code or}/{@code not}: a query or a grouped value. */
    @FunctionalInterface
    private interface Primary {
        QueryNode parse() throws QuerySyntaxException;
    }

    private final Scanner in;
    private final KqlLiterals literals;

    /**
     * Prepares to parse a query.
     *
     * @param query the query text, null meaning empty
     */
    public KqlGrammar(String query) {
        in = new Scanner(query);
        literals = new KqlLiterals(in);
    }

    /**
     * Parses the whole query.
     *
     * @return the tree
     * @throws QuerySyntaxException if the query is not valid KQL
     */
    public QueryNode parse() throws QuerySyntaxException {
        in.skipBlanks();
        if (in.atEnd()) {
            return new MatchAll(new Span(0, in.length()));
        }
        QueryNode query = disjunction(this::queryPrimary);
        in.skipBlanks();
        if (in.peek() == ')') {
            throw in.unmatchedParenthesis();
        }
        if (!in.atEnd()) {
            throw in.expected(Messages.Expected_operator);
        }
        return query;
    }

    private QueryNode disjunction(Primary primary) throws QuerySyntaxException {
        List<QueryNode> operands = new ArrayList<>(List.of(conjunction(primary)));
        while (keyword("or")) { //$NON-NLS-1$
            operands.add(conjunction(primary));
        }
        return Nodes.or(operands);
    }

    private QueryNode conjunction(Primary primary) throws QuerySyntaxException {
        List<QueryNode> operands = new ArrayList<>(List.of(negation(primary)));
        while (keyword("and")) { //$NON-NLS-1$
            operands.add(negation(primary));
        }
        return Nodes.and(operands);
    }

    private QueryNode negation(Primary primary) throws QuerySyntaxException {
        in.skipBlanks();
        int start = in.pos();
        if (!literals.keywordAt(start, "not", false)) { //$NON-NLS-1$
            return primary.parse();
        }
        in.advance(3);
        QueryNode operand = negation(primary);
        return new Not(operand, new Span(start, operand.span().end()));
    }

    /** Consumes {@code keyword} if it comes next; {@code a or} at the end is then an error. */
    private boolean keyword(String keyword) {
        int before = in.pos();
        in.skipBlanks();
        if (literals.keywordAt(in.pos(), keyword, true)) {
            in.advance(keyword.length());
            return true;
        }
        in.reset(before);
        return false;
    }

    private QueryNode queryPrimary() throws QuerySyntaxException {
        in.skipBlanks();
        return in.peek() == '(' ? parenthesised(this::queryPrimary) : expression();
    }

    private QueryNode parenthesised(Primary primary) throws QuerySyntaxException {
        int open = in.pos();
        in.next();
        QueryNode inner = disjunction(primary);
        in.skipBlanks();
        if (in.atEnd()) {
            throw in.unclosed(open, Messages.Syntax_unbalancedParenthesis, ")"); //$NON-NLS-1$
        }
        if (!in.accept(')')) {
            throw in.expected(Messages.Expected_operatorOrClose);
        }
        return Nodes.withSpan(inner, in.spanFrom(open));
    }

    /** A field expression ({@code f:v}, {@code f > v}, {@code f:{...}}) or a bare value. */
    private QueryNode expression() throws QuerySyntaxException {
        Literal first = literals.read(Messages.Expected_operand);
        int afterFirst = in.pos();
        in.skipBlanks();
        if (in.accept(':')) {
            return fieldValue(first);
        }
        Range.Operator operator = rangeOperator();
        if (operator != null) {
            return range(first, operator);
        }
        in.reset(afterFirst);
        return Nodes.leaf(FieldRef.ALL, first, first.span());
    }

    private QueryNode fieldValue(Literal field) throws QuerySyntaxException {
        in.skipBlanks();
        if (in.peek() == '{') {
            return nested(field);
        }
        int start = field.span().start();
        if (in.peek() == '(') {
            QueryNode group = parenthesised(() -> valuePrimary(field.field()));
            return Nodes.withSpan(group, in.spanFrom(start));
        }
        Literal value = literals.read(valueAfter(":")); //$NON-NLS-1$
        return Nodes.leaf(field.field(), value, in.spanFrom(start));
    }

    private QueryNode valuePrimary(FieldRef field) throws QuerySyntaxException {
        in.skipBlanks();
        if (in.peek() == '(') {
            return parenthesised(() -> valuePrimary(field));
        }
        Literal value = literals.read(Messages.Expected_value);
        return Nodes.leaf(field, value, value.span());
    }

    private QueryNode nested(Literal path) throws QuerySyntaxException {
        int open = in.pos();
        in.next();
        QueryNode inner = disjunction(this::queryPrimary);
        in.skipBlanks();
        if (in.atEnd()) {
            throw in.unclosed(open, Messages.Syntax_unclosedNested, "}"); //$NON-NLS-1$
        }
        if (!in.accept('}')) {
            throw in.expected(Messages.Expected_operatorOrNestedEnd);
        }
        return new Nested(path.term().text(), inner, in.spanFrom(path.span().start()));
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

    private QueryNode range(Literal field, Range.Operator operator) throws QuerySyntaxException {
        in.skipBlanks();
        Literal bound = literals.read(valueAfter(operator.symbol()));
        return new Range(field.field(), operator, bound.term().text(),
                new Span(field.span().start(), bound.span().end()));
    }

    private static String valueAfter(String token) {
        return NLS.bind(Messages.Expected_valueAfter, token);
    }
}
