package org.vigil.query;

/**
 * Matches documents whose field holds the value. How a value matches depends on the field's type,
 * which only the engine knows: analysed text is matched as words or a phrase, a keyword exactly or
 * by {@link Term#pattern() pattern}, an IP field also by CIDR block ({@code 10.0.0.0/8}), a number
 * or a date by equality.
 *
 * @param field the field, {@link FieldRef#ALL} for a bare value
 * @param value the value to match
 * @param span where the leaf is in the query text
 */
public record Match(FieldRef field, Term value, Span span) implements QueryNode {

    @Override
    public String toString() {
        return field.isAll() ? value.toString() : field + ":" + value; //$NON-NLS-1$
    }
}
