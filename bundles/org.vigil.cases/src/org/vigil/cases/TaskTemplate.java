package org.vigil.cases;

import java.util.Objects;

/**
 * A task a template puts into every case made from it.
 *
 * @param title what to do, in both languages
 * @param mandatory whether resolving waits for it
 */
public record TaskTemplate(Text title, boolean mandatory) {

    /** Requires a title. */
    public TaskTemplate {
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
    }
}
