package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;

import org.osgi.framework.BundleContext;

/**
 * What every command that reads a data source or the registry of systems has: its word and
 * summary, the framework to reach the services through, where results go, and the clock that
 * {@code now} (or today) means.
 */
abstract class SourceCommand implements Command {

    protected final BundleContext context;
    protected final PrintStream out;
    /** Where warnings go that must not mix with the results, such as a source left out. */
    protected final PrintStream err;
    protected final Clock clock;
    private final String name;
    private final String summary;

    SourceCommand(String name, String summary, BundleContext context, PrintStream out, Clock clock) {
        this(name, summary, context, out, System.err, clock);
    }

    SourceCommand(String name, String summary, BundleContext context, PrintStream out, PrintStream err, Clock clock) {
        this.name = name;
        this.summary = summary;
        this.context = context;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
