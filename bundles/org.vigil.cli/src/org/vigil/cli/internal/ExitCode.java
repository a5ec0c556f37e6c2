package org.vigil.cli.internal;

/** Process exit codes, the contract scripts rely on. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int SUCCESS = 0;
    /** The command was understood but failed. */
    public static final int FAILURE = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
