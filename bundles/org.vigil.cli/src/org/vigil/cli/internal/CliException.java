package org.vigil.cli.internal;

/** A failure to report as one line on stderr, with the exit code that goes with it. */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    static CliException failure(String message) {
        return new CliException(ExitCode.FAILURE, message);
    }
}
