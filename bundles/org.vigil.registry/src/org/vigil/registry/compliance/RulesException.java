package org.vigil.registry.compliance;

import java.util.List;

/** Compliance rules that cannot be used as written; the message names the file and the keys. */
public final class RulesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /**
     * @param source the file or store the rules came from
     * @param errors one line per wrong key
     */
    public RulesException(String source, List<String> errors) {
        super(source + ": " + String.join("; ", errors)); //$NON-NLS-1$ //$NON-NLS-2$
        this.errors = List.copyOf(errors);
    }

    /** @return one line per wrong key */
    public List<String> errors() {
        return errors;
    }
}
