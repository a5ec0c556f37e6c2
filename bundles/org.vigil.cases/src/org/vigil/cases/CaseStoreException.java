package org.vigil.cases;

import java.io.Serial;

/**
 * The store itself failed: it cannot be reached, opened, read or written, or refused the user.
 * The message names the store (and its location) and the cause.
 */
public final class CaseStoreException extends CaseException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String storeId;

    /**
     * @param storeId the id of the store that failed
     * @param message the operator's explanation, naming the store
     * @param cause the underlying failure, or {@code null}
     */
    public CaseStoreException(String storeId, String message, Throwable cause) {
        super(message, cause);
        this.storeId = storeId;
    }

    /** @return the id of the store that failed */
    public String storeId() {
        return storeId;
    }
}
