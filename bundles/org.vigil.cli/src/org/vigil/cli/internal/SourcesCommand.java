package org.vigil.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.events.RegisteredSource;

/**
 * {@code vigil-cli sources}: the data sources in the registry, default first, with id, name,
 * engine, location and the bundle that publishes each, configured Elasticsearch sources included.
 */
final class SourcesCommand implements Command {

    private final BundleContext context;
    private final PrintStream out;

    SourcesCommand(BundleContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String summary() {
        return Messages.Sources_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        if (!args.isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, args.get(0)));
        }
        try (Registry registry = new Registry(context)) {
            print(out, registry.await().sources());
        }
    }

    /**
     * @param out where to print
     * @param sources the sources, one line each after a header with their number
     */
    static void print(PrintStream out, List<RegisteredSource> sources) {
        out.println(NLS.bind(Messages.Plugins_sourcesHeader, sources.size()));
        for (RegisteredSource source : sources) {
            out.printf("  %-12s %-36s %-14s %s  (%s)%n", source.descriptor().id(), source.descriptor().displayName(),
                    source.descriptor().kind(), source.descriptor().location(), source.bundle());
        }
    }
}
