package org.vigil.events.settings;

import java.io.Serial;

/**
 * A value that does not fit its declaration or its kind's rules; nothing was written. The message
 * names the field by its label and says what is wrong, translated.
 */
public final class InvalidSettingException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The field of the source id itself, which no kind declares. */
    public static final String ID = "id"; //$NON-NLS-1$

    private final String field;

    /**
     * @param field the attribute id at fault ({@link #ID} for the source id)
     * @param message what is wrong, for the operator
     */
    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the attribute id at fault, for the form to focus */
    public String field() {
        return field;
    }
}
