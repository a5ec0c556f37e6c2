package org.vigil.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.EventSource;
import org.vigil.events.ImportTarget;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.ImportRequest;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;

/**
 * {@code vigil-cli import [--source ID] [--format ID] FILE...}: imports log files into a source
 * (default {@value #DEFAULT_SOURCE}), shows the progress on standard error and prints a summary. Exits with 0 only when every file was
 * imported with no line rejected; with 1 when a file was not imported or a line was rejected, so
 * that scripts notice partial imports; with 2 on a usage error.
 */
final class ImportCommand implements Command {

    /** The source imported into without {@code --source}: the workstation's embedded store. */
    static final String DEFAULT_SOURCE = "embedded";

    private final BundleContext context;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean errIsTerminal;

    /**
     * @param context reaches the formats and sources
     * @param out where the summary goes
     * @param err where the progress goes
     * @param errIsTerminal whether the progress can be one line rewritten in place
     */
    ImportCommand(BundleContext context, PrintStream out, PrintStream err, boolean errIsTerminal) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.errIsTerminal = errIsTerminal;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Messages.Import_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of("--source", "--format"));
        if (options.positional().isEmpty()) {
            throw CliException.usage(Messages.Import_noFiles);
        }
        try (Registry registry = new Registry(context)) {
            LogFormats formats = ServiceWait.await(context, LogFormats.class);
            ImportRequest request = request(options, formats);
            ImportProgressLine progress = new ImportProgressLine(err, errIsTerminal, System::nanoTime);
            ImportReport report = new FileImporter(formats, target(registry, options))
                    .enrichedWith(ServiceWait.await(context, EventEnricher.class))
                    .run(request, progress, Cancellation.none());
            progress.finish();
            new ImportSummary(out).print(report);
            if (!report.complete()) {
                throw CliException.failure(NLS.bind(Messages.Import_incomplete,
                        report.files().stream().filter(file -> !file.imported()).count(), report.rejections().size()));
            }
        }
    }

    private static ImportRequest request(Options options, LogFormats formats) throws CliException {
        ImportRequest request = ImportRequest.of(options.positional().stream().map(Path::of).toList());
        if (!options.has("--format")) {
            return request;
        }
        String id = options.value("--format");
        if (formats.find(id).isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Import_unknownFormat, id,
                    formats.formats().stream().map(LogFormat::id).toList()));
        }
        return request.withFormat(id);
    }

    private static ImportTarget target(Registry registry, Options options) throws CliException {
        String id = options.has("--source") ? options.value("--source") : DEFAULT_SOURCE;
        EventSource source = registry.source(id).source();
        if (source instanceof ImportTarget target) {
            return target;
        }
        throw CliException.failure(NLS.bind(Messages.Import_readOnlySource, id));
    }

}
