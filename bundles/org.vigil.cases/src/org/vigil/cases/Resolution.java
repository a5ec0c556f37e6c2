package org.vigil.cases;

/** How a case ended. */
public enum Resolution {
    /** A real incident. */
    TRUE_POSITIVE,
    /** Not an incident. */
    FALSE_POSITIVE,
    /** Already handled in another case. */
    DUPLICATE,
    /** Anything else; the summary says what. */
    OTHER;

    /** @return whether the case is closed without having been an incident worked on */
    public boolean dismisses() {
        return this == FALSE_POSITIVE || this == DUPLICATE;
    }
}
