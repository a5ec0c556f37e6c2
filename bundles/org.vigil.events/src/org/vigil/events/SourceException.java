package org.vigil.events;

/**
 * A source call that failed, saying what went wrong and at which source, in words for the
 * operator. The workbench shows it against that source; other sources keep working.
 */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, so that callers can react (retry, ask for a password, stay quiet). */
    public enum Kind {
        /** The query cannot be run as written (unknown field type for a range, bad date math…). */
        BAD_QUERY,
        /** The engine cannot be reached or answered with an error. */
        UNAVAILABLE,
        /** The engine refused the user. */
        DENIED,
        /** The caller cancelled the call. */
        CANCELLED,
        /** The store's own data is unreadable. */
        CORRUPT
    }

    private final Kind kind;
    private final String source;

    /**
     * @param kind what kind of failure
     * @param source the id of the source that failed
     * @param message what went wrong, for the operator
     * @param cause the underlying failure, if any
     */
    public SourceException(Kind kind, String source, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.source = source;
    }

    /** @return what kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return the id of the source that failed */
    public String source() {
        return source;
    }
}
