package org.vigil.elasticsearch.internal;

import org.vigil.core.model.FieldType;

/**
 * A query that cannot be translated because a field named on its own cannot take the value
 * written for it, for example a word on a number field. The message, localised, names the field,
 * its type and the value, for the operator.
 */
public final class QueryTranslationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final FieldType type;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param field the field named in the query
     * @param type the field's type
     * @param value the value the field cannot take
     * @param message what went wrong, for the operator
     */
    public QueryTranslationException(String field, FieldType type, String value, String message) {
        super(message);
        this.field = field;
        this.type = type;
        this.value = value;
    }

    /**
     * Returns the field the value was written for.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * Returns the type of the field.
     *
     * @return the field's Vigil type
     */
    public FieldType type() {
        return type;
    }

    /**
     * Returns the value the field cannot take.
     *
     * @return the value as written
     */
    public String value() {
        return value;
    }
}
