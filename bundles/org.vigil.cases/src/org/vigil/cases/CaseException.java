package org.vigil.cases;

import java.io.Serial;

/**
 * Why a case operation did not happen. The message is for the operator, translated; nothing of
 * the operation was written.
 */
public class CaseException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for the operator
     * @param cause the underlying failure, or {@code null}
     */
    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
