package org.vigil.query;

/**
 * A query that does not follow its language's syntax. The message is localised and meant for the
 * operator (for example "Expected a value after ':' at 12, found end of query"); {@link #span()}
 * is the text to underline in the query bar.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Span span;
    private final String found;
    private final String expected;

    /**
     * Creates the exception; parsers build it, callers only read it.
     *
     * @param span the offending text, empty at the end of the query
     * @param found what the parser found there, as typed, or an empty string at the end
     * @param expected a localised description of what would have been valid there
     * @param message the localised message naming the problem and its position
     */
    public QuerySyntaxException(Span span, String found, String expected, String message) {
        super(message);
        this.span = span;
        this.found = found;
        this.expected = expected;
    }

    /**
     * Returns the offending part of the query.
     *
     * @return the span to mark, 0-based
     */
    public Span span() {
        return span;
    }

    /**
     * Returns the offending text.
     *
     * @return the text at {@link #span()}, empty when the query ended too early
     */
    public String found() {
        return found;
    }

    /**
     * Returns what the parser expected at {@link #span()}.
     *
     * @return a localised description, e.g. "a value after ':'"
     */
    public String expected() {
        return expected;
    }
}
