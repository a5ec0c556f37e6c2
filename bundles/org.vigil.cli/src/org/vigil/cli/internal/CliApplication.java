package org.vigil.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** Entry point of {@code vigil-cli}: hands the arguments to {@link Cli} and returns its exit code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Cli(FrameworkUtil.getBundle(CliApplication.class).getBundleContext(), out, err,
                ImportProgressLine.stderrIsTerminal())
                .run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // Every command runs to completion inside start(); there is nothing to interrupt.
    }
}
