package org.vigil.query.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text before the caret into the few kinds of token that tell where a value is being
 * typed. Unlike the parsers it never fails: the text being typed is unfinished by nature, and an
 * unclosed quote or parenthesis is exactly what completion has to cope with.
 */
public final class CompletionTokens {

    /** What a token is. */
    public enum Kind {
        /** An unquoted word: a field name, a value or an operator keyword. */
        WORD,
        /** A quoted phrase, possibly still open at the caret. */
        PHRASE,
        /** {@code :} between a field and its value. */
        COLON,
        /** {@code (}, a group. */
        OPEN_GROUP,
        /** {@code {} in KQL (a nested object) or {@code [}/{@code {} in Lucene (a range). */
        OPEN_OTHER,
        /** {@code )}, {@code ]} or {@code }}. */
        CLOSE,
        /** A range comparison ({@code <}, {@code >=}…) or another character that stops a word. */
        OPERATOR
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param start index of its first character
     * @param end index after its last character
     * @param text a word or phrase with escapes resolved and quotes removed; the character otherwise
     * @param closed false only for a phrase still open where the text ends
     */
    public record Token(Kind kind, int start, int end, String text, boolean closed) {
    }

    private static final String KQL_STOPS = "():<>\"{}"; //$NON-NLS-1$
    private static final String LUCENE_STOPS = "():<>\"{}[]^~/"; //$NON-NLS-1$

    private final String text;
    private final boolean lucene;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private CompletionTokens(String text, boolean lucene) {
        this.text = text;
        this.lucene = lucene;
    }

    /**
     * @param text the query up to the caret
     * @param lucene whether it is Lucene syntax rather than KQL
     * @return its tokens in order
     */
    public static List<Token> of(String text, boolean lucene) {
        CompletionTokens scanner = new CompletionTokens(text, lucene);
        scanner.scan();
        return scanner.tokens;
    }

    /**
     * @param text the whole query
     * @param from where a word or phrase continues after the caret
     * @param phrase whether it is a phrase still open at {@code from}
     * @param lucene whether the query is Lucene syntax rather than KQL
     * @return the index after the rest of the word, or after the phrase's closing quote if it has one
     */
    public static int endOfToken(String text, int from, boolean phrase, boolean lucene) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (phrase) {
                if (c == '"') {
                    return i + 1;
                }
                i++;
            } else if (Character.isWhitespace(c) || stops(lucene).indexOf(c) >= 0) {
                return i;
            } else {
                i++;
            }
        }
        return phrase ? from : text.length();
    }

    private static String stops(boolean lucene) {
        return lucene ? LUCENE_STOPS : KQL_STOPS;
    }

    private void scan() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '"') {
                phrase();
            } else if (stops(lucene).indexOf(c) >= 0) {
                symbol(c);
            } else {
                word();
            }
        }
    }

    private void symbol(char c) {
        int start = pos++;
        if ((c == '<' || c == '>') && pos < text.length() && text.charAt(pos) == '=') {
            pos++;
        }
        tokens.add(new Token(symbolKind(c), start, pos, text.substring(start, pos), true));
    }

    private Kind symbolKind(char c) {
        return switch (c) {
            case ':' -> Kind.COLON;
            case '(' -> Kind.OPEN_GROUP;
            case '{', '[' -> Kind.OPEN_OTHER;
            case ')', '}', ']' -> Kind.CLOSE;
            default -> Kind.OPERATOR;
        };
    }

    private void word() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
                && stops(lucene).indexOf(text.charAt(pos)) < 0) {
            escapedOrPlain(value);
        }
        tokens.add(new Token(Kind.WORD, start, pos, value.toString(), true));
    }

    private void phrase() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            escapedOrPlain(value);
        }
        boolean closed = pos < text.length();
        if (closed) {
            pos++;
        }
        tokens.add(new Token(Kind.PHRASE, start, pos, value.toString(), closed));
    }

    /** Takes one character, or the one a backslash escapes: both languages write a literal so. */
    private void escapedOrPlain(StringBuilder value) {
        char c = text.charAt(pos++);
        if (c == '\\' && pos < text.length()) {
            c = text.charAt(pos++);
        }
        value.append(c);
    }
}
