package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.Clock;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.csv.RegistryCsv;

/**
 * {@code systems export [--agencies] [--vi] [--out FILE]}: the systems (or with
 * {@code --agencies} the agencies) as the CSV template, which {@code systems import} reads back;
 * {@code --vi} writes Vietnamese headers and values.
 */
final class SystemsExport extends SourceCommand {

    SystemsExport(BundleContext context, PrintStream out, Clock clock) {
        super("export", Messages.Systems_exportUsage, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of(RegistryStore.OPTION, "--out"), List.of("--agencies", "--vi")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!options.positional().isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(0)));
        }
        String target = options.has("--out") ? options.value("--out") : null; //$NON-NLS-1$ //$NON-NLS-2$
        boolean vietnamese = options.has("--vi"); //$NON-NLS-1$
        try (Writer writer = Outputs.open(out, target)) {
            SystemRegistry registry = RegistryStore.open(context, options.value(RegistryStore.OPTION), clock).registry();
            if (options.has("--agencies")) { //$NON-NLS-1$
                RegistryCsv.writeAgencies(writer, registry.agencies(), vietnamese);
            } else {
                RegistryCsv.writeSystems(writer, registry.systems(SystemFilter.ALL), vietnamese);
            }
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Demo_writeFailed, target == null ? "-" : target, //$NON-NLS-1$
                    e.getMessage()));
        } catch (RegistryException e) {
            throw SystemsCommand.failure(e);
        }
    }
}
