package org.vigil.registry;

import java.util.Objects;

/**
 * Something wrong with registry data, tied to the field it is about.
 *
 * @param severity whether it stops the data from being saved
 * @param field the field, as {@link SystemFields} names it
 * @param message what is wrong, in the language Vigil runs in, without the field's name
 */
public record Problem(Severity severity, String field, String message) {

    /** Rejects missing parts. */
    public Problem {
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(field, "field"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
    }

    /** @param field the field @param message what is wrong @return an error */
    public static Problem error(String field, String message) {
        return new Problem(Severity.ERROR, field, message);
    }

    /** @param field the field @param message what is wrong @return a warning */
    public static Problem warning(String field, String message) {
        return new Problem(Severity.WARNING, field, message);
    }

    /** @return whether the data cannot be saved with this problem */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return {@code field: message}, as a CLI or a rejected CSV row shows it */
    @Override
    public String toString() {
        return field + ": " + message; //$NON-NLS-1$
    }
}
