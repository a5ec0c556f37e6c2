package org.vigil.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/** {@code vigil-cli version}: what is running, for bug reports. */
final class VersionCommand implements Command {

    private final BundleContext context;
    private final PrintStream out;

    VersionCommand(BundleContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return Messages.Version_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        if (!args.isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_noArguments, name()));
        }
        out.println(NLS.bind(Messages.Version_vigil, context.getBundle().getVersion()));
        out.println(NLS.bind(Messages.Version_java, Runtime.version(), System.getProperty("java.vendor")));
        out.println(NLS.bind(Messages.Version_os, System.getProperty("os.name"), System.getProperty("os.arch")));
    }
}
