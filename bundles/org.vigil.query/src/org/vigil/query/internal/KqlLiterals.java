package org.vigil.query.internal;

import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;

/**
 * Reads KQL field names and values: quoted strings and unquoted literals with their escapes, and
 * tells where an unquoted literal stops because a keyword follows.
 */
final class KqlLiterals {

    /** Characters that end an unquoted literal unless escaped. */
    private static final String STOPS = "():<>\"{}"; //$NON-NLS-1$
    /** Characters a backslash makes literal in an unquoted literal. */
    private static final String ESCAPABLE = "\\():<>\"*{}"; //$NON-NLS-1$
    private static final String[] KEYWORDS = { "and", "or", "not" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Scanner in;

    KqlLiterals(Scanner in) {
        this.in = in;
    }

    /**
     * Tells whether the keyword starts at {@code index} as a word of its own: followed by a blank
     * or a parenthesis, or by the end of the query if {@code endCounts}.
     */
    boolean keywordAt(int index, String keyword, boolean endCounts) {
        int after = index + keyword.length();
        if (!in.wordAt(index, keyword, true)) {
            return false;
        }
        return after >= in.length() ? endCounts : in.isBlank(after) || in.charAt(after) == '(';
    }

    /**
     * Reads a quoted or unquoted literal at the current position.
     *
     * @param expected what to report if there is none
     */
    Literal read(String expected) throws QuerySyntaxException {
        char c = in.peek();
        if (in.atEnd() || STOPS.indexOf(c) >= 0 && c != '"' || startsWithOperator()) {
            throw in.expected(expected);
        }
        return c == '"' ? in.phrase(this::quotedEscape) : unquoted();
    }

    private boolean startsWithOperator() {
        return keywordAt(in.pos(), "and", false) || keywordAt(in.pos(), "or", false); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Literal unquoted() throws QuerySyntaxException {
        int start = in.pos();
        int end = start;
        ValueBuilder value = new ValueBuilder();
        while (!in.atEnd() && STOPS.indexOf(in.peek()) < 0) {
            if (!Character.isWhitespace(in.peek())) {
                character(value);
                end = in.pos();
            } else if (keywordFollows()) {
                break;
            } else {
                value.blank(in.next());
            }
        }
        in.reset(end);
        Span span = new Span(start, end);
        return value.build(in.slice(span), span);
    }

    private void character(ValueBuilder value) throws QuerySyntaxException {
        char c = in.peek();
        if (c == '\\') {
            escape(value);
        } else if (c == '*') {
            value.wildcard(in.next());
        } else {
            value.literal(in.next());
        }
    }

    /** Tells whether the blanks at the current position lead to a keyword, which ends a literal. */
    private boolean keywordFollows() {
        int word = in.pos();
        while (in.isBlank(word)) {
            word++;
        }
        return keywordAt(word, "or", true) || keywordAt(word, "and", true) || keywordAt(word, "not", false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void escape(ValueBuilder value) throws QuerySyntaxException {
        int backslash = in.pos();
        in.next();
        String keyword = escapedKeyword();
        if (keyword != null) {
            keyword.chars().forEach(c -> value.literal((char) c));
            in.advance(keyword.length());
            return;
        }
        char c = in.peek();
        if (!in.atEnd() && (ESCAPABLE.indexOf(c) >= 0 || Character.isWhitespace(c))) {
            value.literal(in.next());
            return;
        }
        value.literal(whitespaceOrUnicode(backslash));
    }

    /** Returns the keyword after a backslash as typed, if a whole keyword is there. */
    private String escapedKeyword() {
        for (String keyword : KEYWORDS) {
            int after = in.pos() + keyword.length();
            if (in.wordAt(in.pos(), keyword, true) && !Character.isLetterOrDigit(in.charAt(after))) {
                return in.slice(new Span(in.pos(), after));
            }
        }
        return null;
    }

    /** Reads the escapes valid both in and out of quotes: tab, carriage return, line feed and four-digit Unicode. */
    private char whitespaceOrUnicode(int backslash) throws QuerySyntaxException {
        char c = in.peek();
        switch (c) {
            case 't':
                in.next();
                return '\t';
            case 'r':
                in.next();
                return '\r';
            case 'n':
                in.next();
                return '\n';
            case 'u':
                return in.unicodeEscape(backslash);
            default:
                throw in.invalidEscape(backslash);
        }
    }

    /** Reads an escape inside quotes, where Kibana keeps a backslash before any other character. */
    private char quotedEscape() throws QuerySyntaxException {
        int backslash = in.pos();
        in.next();
        char c = in.peek();
        if (c == '"' || c == '\\') {
            return in.next();
        }
        if ("trnu".indexOf(c) >= 0 && !in.atEnd()) { //$NON-NLS-1$
            return whitespaceOrUnicode(backslash);
        }
        return '\\';
    }
}
