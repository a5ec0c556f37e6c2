package org.vigil.query.internal;

import org.eclipse.osgi.util.NLS;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.Span;
import org.vigil.query.Term;

/**
 * A cursor over the query text shared by both grammars, which also builds their positioned,
 * localised errors so that every error names its position the same way.
 */
final class Scanner {

    /** Characters that are a token on their own when an error quotes what it found. */
    private static final String PUNCTUATION = "()[]{}:<>\"+-!&|^~/\\"; //$NON-NLS-1$
    /** Characters that end a quoted word; {@code -} and {@code /} do not, as in {@code 2024-01-01}. */
    private static final String WORD_ENDS = "()[]{}:<>\"\\"; //$NON-NLS-1$

    private final String text;
    private int pos;

    Scanner(String text) {
        this.text = text == null ? "" : text; //$NON-NLS-1$
    }

    int pos() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    int length() {
        return text.length();
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** Returns the current character, or 0 at the end, so callers need no end check to compare. */
    char peek() {
        return charAt(pos);
    }

    char charAt(int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    char next() {
        return text.charAt(pos++);
    }

    boolean accept(char c) {
        if (peek() == c && !atEnd()) {
            pos++;
            return true;
        }
        return false;
    }

    void advance(int count) {
        pos += count;
    }

    void skipBlanks() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    boolean isBlank(int index) {
        return index < text.length() && Character.isWhitespace(text.charAt(index));
    }

    /** Tells whether {@code word} is at {@code index}, letters compared in the given case mode. */
    boolean wordAt(int index, String word, boolean ignoreCase) {
        return text.regionMatches(ignoreCase, index, word, 0, word.length());
    }

    String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    Span spanFrom(int start) {
        return new Span(start, pos);
    }

    /** Reads the escape whose backslash is at the current position, consuming both. */
    @FunctionalInterface
    interface Escape {
        char read() throws QuerySyntaxException;
    }

    /**
     * Reads a quoted phrase from its opening quote at the current position; the grammars differ
     * only in what a backslash inside the quotes means.
     */
    Literal phrase(Escape escape) throws QuerySyntaxException {
        int open = pos;
        next();
        StringBuilder phrase = new StringBuilder();
        while (!accept('"')) {
            if (atEnd()) {
                throw unclosed(open, Messages.Syntax_unterminatedQuote, "\""); //$NON-NLS-1$
            }
            phrase.append(peek() == '\\' ? escape.read() : next());
        }
        Span span = spanFrom(open);
        return new Literal(Term.phrase(slice(span), phrase.toString()), span);
    }

    /** Reports that {@code expected} should be at the current position. */
    QuerySyntaxException expected(String expected) {
        Span found = tokenAt(pos);
        String foundText = slice(found);
        String shown = found.end() == found.start() ? Messages.Found_end : NLS.bind(Messages.Found_text, foundText);
        return new QuerySyntaxException(found, foundText, expected,
                NLS.bind(Messages.Syntax_expected, new Object[] { expected, found.start(), shown }));
    }

    /** Reports an opening character at {@code open} whose closing one never came. */
    QuerySyntaxException unclosed(int open, String template, String expected) {
        Span span = new Span(open, open + 1);
        return new QuerySyntaxException(span, slice(span), expected, NLS.bind(template, open));
    }

    /** Reports a problem with the text of {@code span} described by a template with its position. */
    QuerySyntaxException error(Span span, String expected, String template, Object argument) {
        return new QuerySyntaxException(span, slice(span), expected, NLS.bind(template, argument, span.start()));
    }

    QuerySyntaxException invalidEscape(int backslash) {
        Span span = new Span(backslash, Math.min(backslash + 2, text.length()));
        return error(span, "", Messages.Syntax_invalidEscape, slice(span)); //$NON-NLS-1$
    }

    QuerySyntaxException unmatchedParenthesis() {
        Span span = new Span(pos, pos + 1);
        return new QuerySyntaxException(span, ")", Messages.Expected_operator, //$NON-NLS-1$
                NLS.bind(Messages.Syntax_unmatchedParenthesis, pos));
    }

    /** Reads a {@code uXXXX} escape after the backslash at {@code backslash}. */
    char unicodeEscape(int backslash) throws QuerySyntaxException {
        int digits = backslash + 2;
        if (digits + 4 > text.length()) {
            throw invalidEscape(backslash);
        }
        try {
            char decoded = (char) Integer.parseInt(text.substring(digits, digits + 4), 16);
            pos = digits + 4;
            return decoded;
        } catch (NumberFormatException e) {
            throw invalidEscape(backslash);
        }
    }

    /** The token to quote and mark in an error: a punctuation character or a run of other text. */
    private Span tokenAt(int index) {
        if (index >= text.length()) {
            return new Span(text.length(), text.length());
        }
        if (PUNCTUATION.indexOf(text.charAt(index)) >= 0) {
            boolean pair = text.startsWith(">=", index) || text.startsWith("<=", index) //$NON-NLS-1$ //$NON-NLS-2$
                    || text.startsWith("&&", index) || text.startsWith("||", index); //$NON-NLS-1$ //$NON-NLS-2$
            return new Span(index, index + (pair ? 2 : 1));
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && WORD_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new Span(index, end);
    }
}
