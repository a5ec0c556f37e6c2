package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

/** {@code vigil-cli count [--source ID[,ID…]] [--from T] [--to T] [--lucene] QUERY}: the number of hits. */
final class CountCommand extends SourceCommand {

    CountCommand(BundleContext context, PrintStream out, PrintStream err, Clock clock) {
        super("count", Messages.Count_summary, context, out, err, clock);
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, SourceQuery.OPTIONS, SourceQuery.FLAGS);
        try (Registry registry = new Registry(context)) {
            out.println(SourceQuery.sources(registry, options, err).count(SourceQuery.query(options, clock),
                    Cancellation.none()));
        } catch (SourceException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
