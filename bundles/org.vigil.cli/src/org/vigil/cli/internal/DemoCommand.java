package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.core.model.EcsNdjson;

/**
 * {@code vigil-cli demo [--events N] [--seed S] [--days D] [--end ISO-INSTANT] [--out FILE]}:
 * writes the reproducible demo data set as ECS NDJSON, for benchmarks, tests and imports.
 */
final class DemoCommand implements Command {

    private final PrintStream out;

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return Messages.Demo_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of("--events", "--seed", "--days", "--end", "--out"));
        if (!options.positional().isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(0)));
        }
        DemoSettings settings = new DemoSettings(options.longValue("--seed", DemoSettings.STANDARD_SEED),
                options.has("--end") ? options.instantValue("--end") : Instant.now().truncatedTo(ChronoUnit.HOURS),
                Duration.ofDays(options.longValue("--days", 28)), (int) options.longValue("--events", 100_000));
        String target = options.has("--out") ? options.value("--out") : "-";
        try (Writer writer = Outputs.open(out, target)) {
            for (Event event : (Iterable<Event>) new DemoData(settings).events()::iterator) {
                EcsNdjson.write(event, writer);
            }
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Demo_writeFailed, target, e.getMessage()));
        }
    }
}
