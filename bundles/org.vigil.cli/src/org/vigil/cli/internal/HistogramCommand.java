package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.Histogram;
import org.vigil.events.SourceException;

/**
 * {@code vigil-cli histogram [--source ID[,ID…]] [--from T] [--to T] [--lucene] [--bars N] QUERY}: the
 * hits per time bucket, each bucket's start in local time, on the same grid as the workbench.
 */
final class HistogramCommand extends SourceCommand {

    private static final int DEFAULT_BARS = 30;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    HistogramCommand(BundleContext context, PrintStream out, PrintStream err, Clock clock) {
        super("histogram", Messages.Histogram_summary, context, out, err, clock);
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, SourceQuery.optionsWith("--bars"), SourceQuery.FLAGS);
        int bars = (int) Math.max(1, Math.min(10_000, options.longValue("--bars", DEFAULT_BARS)));
        ZoneId zone = ZoneId.systemDefault();
        ZoneOffset offset = zone.getRules().getOffset(clock.instant());
        try (Registry registry = new Registry(context)) {
            EventQuery query = SourceQuery.query(options, clock);
            print(SourceQuery.sources(registry, options, err).histogram(query, bars, offset, Cancellation.none()),
                    zone);
        } catch (SourceException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void print(Histogram histogram, ZoneId zone) {
        out.println(NLS.bind(Messages.Histogram_header, histogram.total(), histogram.interval()));
        for (Histogram.Bucket bucket : histogram.buckets()) {
            out.printf("  %s %10d%n", LOCAL.format(bucket.start().atZone(zone)), bucket.count());
        }
    }
}
