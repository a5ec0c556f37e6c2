package org.vigil.ingest.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Thrown by a parser for a record that cannot become an event; the format turns it into a
 * {@link org.vigil.ingest.Rejection} and goes on. Carries no stack trace: it is an expected
 * outcome, thrown once per bad line of possibly huge files.
 */
public final class RejectedRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param template a {@link Messages} text
     * @param arguments its arguments
     */
    RejectedRecordException(String template, Object... arguments) {
        super(NLS.bind(template, arguments), null, false, false);
    }
}
