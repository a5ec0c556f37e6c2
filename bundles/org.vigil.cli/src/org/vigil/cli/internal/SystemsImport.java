package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.RegistryException;
import org.vigil.registry.csv.CsvImport;
import org.vigil.registry.csv.CsvImportReport;
import org.vigil.registry.csv.CsvRejection;

/**
 * {@code systems import [--agencies FILE] [SYSTEMS-FILE]}: imports the CSV template into the
 * registry. Exits with 0 when every row was imported, 1 when a row was rejected (the good rows
 * are imported all the same) or the registry refused the whole import (then nothing was).
 */
final class SystemsImport extends SourceCommand {

    SystemsImport(BundleContext context, PrintStream out, Clock clock) {
        super("import", Messages.Systems_importUsage, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of(RegistryStore.OPTION, "--agencies")); //$NON-NLS-1$
        if (options.positional().size() > 1 || options.positional().isEmpty() && !options.has("--agencies")) { //$NON-NLS-1$
            throw CliException.usage(Messages.Systems_importNeedsFiles);
        }
        String agencies = options.value("--agencies"); //$NON-NLS-1$
        String systems = options.positional().isEmpty() ? null : options.positional().get(0);
        try (Reader agencyReader = open(agencies); Reader systemReader = open(systems)) {
            CsvImportReport report = new CsvImport(RegistryStore.open(context, options.value(RegistryStore.OPTION), clock).registry()).run(
                    agencies == null ? null : new CsvImport.Source(agencies, agencyReader),
                    systems == null ? null : new CsvImport.Source(systems, systemReader));
            print(report);
            if (!report.complete()) {
                throw CliException.failure(NLS.bind(Messages.Systems_importIncomplete, report.rejections().size()));
            }
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Systems_cannotRead, e.getMessage()));
        } catch (RegistryException e) {
            throw CliException.failure(NLS.bind(Messages.Systems_importFailed, e.getMessage()));
        }
    }

    private void print(CsvImportReport report) {
        out.println(NLS.bind(Messages.Systems_imported, new Object[] { report.agencies(), report.created(),
                report.updated(), report.rejections().size(), report.warnings().size() }));
        print(report.rejections(), Messages.Systems_rejected);
        print(report.warnings(), Messages.Systems_warning);
    }

    private void print(List<CsvRejection> rows, String prefix) {
        rows.stream().limit(ImportSummary.SHOWN_REJECTIONS).forEach(row -> out.println(prefix + " " + row)); //$NON-NLS-1$
        if (rows.size() > ImportSummary.SHOWN_REJECTIONS) {
            out.println(NLS.bind(Messages.Import_moreRejections, rows.size() - ImportSummary.SHOWN_REJECTIONS));
        }
    }

    private static Reader open(String file) throws IOException {
        return file == null ? Reader.nullReader() : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }
}
