package org.vigil.core.plugins;

import java.util.List;

/** A plugin operation that was refused or failed, with one readable line per cause. */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param message what was refused, naming the file or plugin
     * @param problems the causes, e.g. each requirement nothing provides; may be empty
     */
    public PluginException(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + System.lineSeparator() + "  " //$NON-NLS-1$
                + String.join(System.lineSeparator() + "  ", problems)); //$NON-NLS-1$
        this.problems = List.copyOf(problems);
    }

    /** @return the causes, one line each, without the leading message */
    public List<String> problems() {
        return problems;
    }
}
