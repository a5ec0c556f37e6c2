package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;

/**
 * {@code vigil-cli top [--source ID[,ID…]] [--from T] [--to T] [--lucene] [--size N] FIELD QUERY}: the
 * most frequent values of a field among the hits, with their counts and share of the hits.
 */
final class TopCommand extends SourceCommand {

    private static final int DEFAULT_SIZE = 10;

    TopCommand(BundleContext context, PrintStream out, PrintStream err, Clock clock) {
        super("top", Messages.Top_summary, context, out, err, clock);
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, SourceQuery.optionsWith("--size"), SourceQuery.FLAGS);
        if (options.positional().isEmpty()) {
            throw CliException.usage(Messages.Top_needsField);
        }
        int size = (int) Math.max(1, Math.min(Integer.MAX_VALUE, options.longValue("--size", DEFAULT_SIZE)));
        String field = options.positional().get(0);
        Options query = options.withoutFirstPositional();
        try (Registry registry = new Registry(context)) {
            print(SourceQuery.sources(registry, query, err).topTerms(SourceQuery.query(query, clock), field, size,
                    Cancellation.none()));
        } catch (SourceException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void print(TopTerms top) {
        out.println(NLS.bind(Messages.Top_header, new Object[] { top.field(), top.hits(), top.withField() }));
        for (TopTerms.Term term : top.terms()) {
            out.println(String.format(Locale.ROOT, "  %-40s %10d %6.1f%%", term.value(), term.count(),
                    100 * top.share(term)));
        }
    }
}
