package org.vigil.elasticsearch.sources;

import java.io.Serial;

/**
 * Settings that cannot be saved; nothing was written. The message names the field and says what
 * is wrong with it, translated.
 */
public final class InvalidSourceException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The settings' parts, as named in {@code sources.properties}. */
    public enum Field {
        /** The source id. */
        ID,
        /** The display name. */
        NAME,
        /** The node address. */
        URL,
        /** The index pattern. */
        INDEX,
        /** The timestamp field. */
        TIMESTAMP,
        /** The user and password. */
        USER,
        /** The CA certificate file. */
        CA
    }

    private final Field field;

    /**
     * @param field the field at fault
     * @param message what is wrong, for the operator
     */
    public InvalidSourceException(Field field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the field at fault, for the form to point at */
    public Field field() {
        return field;
    }
}
