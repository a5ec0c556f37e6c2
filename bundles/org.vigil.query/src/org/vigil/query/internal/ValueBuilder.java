package org.vigil.query.internal;

import org.vigil.query.Span;
import org.vigil.query.Term;

/**
 * Collects an unquoted value character by character into its unescaped text and its wildcard
 * pattern at once, because only while reading is it known which {@code *} was escaped.
 * Unescaped blanks are kept only when more content follows, as a value never ends in a blank.
 */
final class ValueBuilder {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder pattern = new StringBuilder();
    private int textEnd;
    private int patternEnd;
    private boolean wildcard;

    /** Adds a character that stands for itself, escaping it in the pattern if it is special there. */
    void literal(char c) {
        text.append(c);
        if (c == '*' || c == '?' || c == '\\') {
            pattern.append('\\');
        }
        pattern.append(c);
        markContent();
    }

    /** Adds a wildcard character. */
    void wildcard(char c) {
        text.append(c);
        pattern.append(c);
        wildcard = true;
        markContent();
    }

    /** Adds an unescaped blank, dropped again if nothing but blanks follows. */
    void blank(char c) {
        text.append(c);
        pattern.append(c);
    }

    /**
     * Returns the value read.
     *
     * @param raw the value as typed
     * @param span where it was typed
     * @return the literal
     */
    Literal build(String raw, Span span) {
        String value = text.substring(0, textEnd);
        Term term = wildcard ? Term.wildcard(raw, value, pattern.substring(0, patternEnd)) : Term.word(raw, value);
        return new Literal(term, span);
    }

    private void markContent() {
        textEnd = text.length();
        patternEnd = pattern.length();
    }
}
