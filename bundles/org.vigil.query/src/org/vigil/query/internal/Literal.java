package org.vigil.query.internal;

import org.vigil.query.FieldRef;
import org.vigil.query.Span;
import org.vigil.query.Term;

/**
 * A value or field name as read, before the grammar knows which of the two it is.
 *
 * @param term the value
 * @param span where it was typed
 */
record Literal(Term term, Span span) {

    /** Reads the literal as a field name; its unescaped wildcards make it a pattern. */
    FieldRef field() {
        return new FieldRef(term.text(), term.hasWildcard());
    }

    /** Tells whether the literal is a lone unescaped {@code *}, which means "any value". */
    boolean isAnyValue() {
        return !term.phrase() && "*".equals(term.pattern()); //$NON-NLS-1$
    }
}
