package org.vigil.cases.spi;

import java.io.Serial;

import org.vigil.cases.CaseNumber;

/**
 * Thrown by a store's {@link AbstractCaseStore#write} when a case's saved version is no longer
 * the one the write expected; nothing was written. {@link AbstractCaseStore} turns it into a
 * {@link org.vigil.cases.CaseConflictException} with what changed.
 */
public final class StaleCaseException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CaseNumber number;

    /** @param number the case whose version moved on */
    public StaleCaseException(CaseNumber number) {
        super(number.toString());
        this.number = number;
    }

    /** @return the case whose version moved on */
    public CaseNumber number() {
        return number;
    }
}
