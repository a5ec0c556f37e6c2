package org.vigil.query;

/**
 * A range of characters of the query text, 0-based, {@code start} inclusive and {@code end}
 * exclusive, so the UI can underline exactly what a node or an error refers to.
 *
 * @param start index of the first character
 * @param end index after the last character; equal to {@code start} for an empty span
 */
public record Span(int start, int end) {

    /** Rejects spans that run backwards or start before the text. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Returns the smallest span covering this one and {@code other}.
     *
     * @param other the span to include
     * @return the covering span
     */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public String toString() {
        return start + ".." + end; //$NON-NLS-1$
    }
}
