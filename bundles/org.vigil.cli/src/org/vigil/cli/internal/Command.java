package org.vigil.cli.internal;

import java.util.List;

/** One sub-command of {@code vigil-cli}. */
interface Command {

    /** @return the word that selects this command */
    String name();

    /** @return the one-line summary shown by {@code vigil-cli help} */
    String summary();

    /**
     * @param args the arguments after the command word
     * @throws CliException with the exit code and the one-line message to print
     */
    void run(List<String> args) throws CliException;
}
