package org.vigil.query.internal;

import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;

/** Reads the terms, phrases and range bounds of the Lucene syntax, where a backslash escapes any character. */
final class LuceneTerms {

    /** Characters that cannot start a term besides blanks; {@code +} and {@code -} may follow inside one. */
    private static final String NOT_START = "+-!():^[]\"{}~/"; //$NON-NLS-1$
    /** Characters that end a term besides blanks. */
    private static final String TERM_ENDS = "!():^[]\"{}~/"; //$NON-NLS-1$
    /** Characters that end a range bound besides blanks. */
    private static final String BOUND_ENDS = "]}"; //$NON-NLS-1$

    private final Scanner in;

    LuceneTerms(Scanner in) {
        this.in = in;
    }

    /**
     * Reads a term or a phrase at the current position.
     *
     * @param expected what to report if there is none
     */
    Literal term(String expected) throws QuerySyntaxException {
        rejectUnsupported();
        char c = in.peek();
        if (c == '"' && !in.atEnd()) {
            return in.phrase(this::phraseEscape);
        }
        if (in.atEnd() || Character.isWhitespace(c) || NOT_START.indexOf(c) >= 0) {
            throw in.expected(expected);
        }
        return word(TERM_ENDS);
    }

    /** Reads one bound of {@code [a TO b]}; {@code *} is an open end. */
    Literal bound() throws QuerySyntaxException {
        in.skipBlanks();
        if (in.peek() == '"' && !in.atEnd()) {
            return in.phrase(this::phraseEscape);
        }
        if (in.atEnd() || BOUND_ENDS.indexOf(in.peek()) >= 0) {
            throw in.expected(Messages.Expected_rangeBound);
        }
        return word(BOUND_ENDS);
    }

    /** Reports the syntax this parser does not translate when it comes next. */
    void rejectUnsupported() throws QuerySyntaxException {
        String feature = switch (in.peek()) {
            case '~' -> Messages.Unsupported_fuzzy;
            case '^' -> Messages.Unsupported_boost;
            case '/' -> Messages.Unsupported_regex;
            default -> null;
        };
        if (feature != null && !in.atEnd()) {
            throw in.error(new Span(in.pos(), in.pos() + 1), "", Messages.Syntax_unsupported, feature); //$NON-NLS-1$
        }
    }

    private Literal word(String ends) throws QuerySyntaxException {
        int start = in.pos();
        ValueBuilder value = new ValueBuilder();
        while (!in.atEnd() && !Character.isWhitespace(in.peek()) && ends.indexOf(in.peek()) < 0) {
            char c = in.next();
            if (c == '\\') {
                value.literal(escaped(in.pos() - 1));
            } else if (c == '*' || c == '?') {
                value.wildcard(c);
            } else {
                value.literal(c);
            }
        }
        Span span = in.spanFrom(start);
        return value.build(in.slice(span), span);
    }

    private char phraseEscape() throws QuerySyntaxException {
        in.next();
        return escaped(in.pos() - 1);
    }

    /** Resolves the escape at {@code backslash}: {@code \\uXXXX} or any character standing for itself. */
    private char escaped(int backslash) throws QuerySyntaxException {
        if (in.atEnd()) {
            throw in.invalidEscape(backslash);
        }
        return in.peek() == 'u' ? in.unicodeEscape(backslash) : in.next();
    }
}
