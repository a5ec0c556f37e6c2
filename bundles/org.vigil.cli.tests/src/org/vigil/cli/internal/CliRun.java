package org.vigil.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.FrameworkUtil;

/** Runs vigil-cli commands inside the test framework and keeps what the last one printed. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean errIsTerminal;

    /** @return this runner, whose standard error is taken for a terminal from now on */
    CliRun onTerminal() {
        errIsTerminal = true;
        return this;
    }

    /**
     * @param args the command line
     * @return the exit code
     */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(FrameworkUtil.getBundle(Cli.class).getBundleContext(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                errIsTerminal).run(args);
    }

    /** @return what the last command printed on standard output */
    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return what the last command printed on standard error */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
