package org.vigil.events.dsl;

/** A value that the field it names cannot take; the message names both, for the operator. */
public final class QueryDslException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * @param field the field
     * @param value the value as written
     * @param message what is wrong, localised
     */
    public QueryDslException(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    /** @return the field the value was meant for */
    public String field() {
        return field;
    }

    /** @return the value as the operator wrote it */
    public String value() {
        return value;
    }
}
