package org.vigil.cases;

import java.io.Serial;

/** No case has the number asked for, in this store. */
public final class CaseNotFoundException extends CaseException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message names the number and the store */
    public CaseNotFoundException(String message) {
        super(message, null);
    }
}
