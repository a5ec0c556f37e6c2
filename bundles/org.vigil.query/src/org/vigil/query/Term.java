package org.vigil.query;

/**
 * A value to match, as the parser saw it. Engines use {@link #text()} for exact, match and
 * phrase queries and {@link #pattern()} for wildcard queries.
 *
 * @param raw the value exactly as typed, with quotes and backslashes, for display and suggestions
 * @param text the value with escapes resolved and quotes removed; a wildcard stays a plain
 *        {@code *} (or {@code ?}) here, so use {@link #pattern()} to tell them from escaped ones
 * @param phrase whether the value was quoted: a phrase is matched as a whole, never as a wildcard
 * @param pattern {@code null} when the value has no wildcard; otherwise the value in the wildcard
 *        syntax shared by Lucene's {@code WildcardQuery} and Elasticsearch's {@code wildcard}
 *        query: {@code *} any run of characters, {@code ?} one character, and a backslash before
 *        a literal {@code *}, {@code ?} or backslash
 */
public record Term(String raw, String text, boolean phrase, String pattern) {

    /**
     * An unquoted value without wildcard.
     *
     * @param raw the value as typed
     * @param text the value with escapes resolved
     * @return the term
     */
    public static Term word(String raw, String text) {
        return new Term(raw, text, false, null);
    }

    /**
     * A quoted value.
     *
     * @param raw the value as typed, with its quotes
     * @param text the value between the quotes, escapes resolved
     * @return the term
     */
    public static Term phrase(String raw, String text) {
        return new Term(raw, text, true, null);
    }

    /**
     * An unquoted value containing at least one wildcard.
     *
     * @param raw the value as typed
     * @param text the value with escapes resolved
     * @param pattern the wildcard pattern, see {@link Term}
     * @return the term
     */
    public static Term wildcard(String raw, String text, String pattern) {
        return new Term(raw, text, false, pattern);
    }

    /**
     * Tells whether the engine must match this value as a wildcard pattern.
     *
     * @return true when {@link #pattern()} is set
     */
    public boolean hasWildcard() {
        return pattern != null;
    }

    /**
     * Turns the wildcard syntax of {@link #pattern()}, which field names with wildcards share, into
     * a regular expression: {@code *} any run of characters, {@code ?} one, a backslash escapes the
     * next character. Added in package version 1.1.0, so that every engine reads it alike.
     *
     * @param pattern a pattern
     * @return the expression matching what the pattern matches, the whole text
     */
    public static java.util.regex.Pattern wildcardRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*"); //$NON-NLS-1$
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL);
    }

    @Override
    public String toString() {
        if (phrase) {
            return '"' + text + '"';
        }
        return hasWildcard() ? pattern : text;
    }
}
