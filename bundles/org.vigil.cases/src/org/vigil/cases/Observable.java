package org.vigil.cases;

import java.util.Locale;
import java.util.Objects;

/**
 * Something seen in the incident that can be searched for elsewhere. Build one with
 * {@link Observables#of(ObservableType, String)}, which validates and normalises the value.
 *
 * @param type the kind
 * @param value the normalised value (lower-case domains and hashes, canonical addresses)
 * @param ioc whether it is an indicator of compromise worth sharing and blocking
 * @param note what the operator noted about it, or an empty string
 */
public record Observable(ObservableType type, String value, boolean ioc, String note) {

    /** Requires type and value; a missing note is empty. */
    public Observable {
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        note = note == null ? "" : note; //$NON-NLS-1$
    }

    /** @return the key that makes an observable unique in a case: type and value */
    public String key() {
        return type + ":" + value; //$NON-NLS-1$
    }

    /** @param flag the new IOC flag @return a copy with that flag */
    public Observable withIoc(boolean flag) {
        return new Observable(type, value, flag, note);
    }

    /** @return how the observable reads in an audit line or a report */
    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + " " + value + (ioc ? " [IOC]" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
