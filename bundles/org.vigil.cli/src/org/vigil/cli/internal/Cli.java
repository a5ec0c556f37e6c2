package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/** Dispatches the command line to a sub-command and turns its outcome into an exit code. */
public final class Cli {

    private final Map<String, Command> commands;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param context the CLI bundle's context, through which commands reach the services
     * @param out where results go
     * @param err where the one-line error goes, and progress; not a terminal
     */
    public Cli(BundleContext context, PrintStream out, PrintStream err) {
        this(context, out, err, false);
    }

    /**
     * @param context the CLI bundle's context, through which commands reach the services
     * @param out where results go
     * @param err where the one-line error goes, and progress
     * @param errIsTerminal whether {@code err} is a terminal, where progress is one line rewritten in place
     */
    public Cli(BundleContext context, PrintStream out, PrintStream err, boolean errIsTerminal) {
        this.out = out;
        this.err = err;
        this.commands = List.of(new VersionCommand(context, out), new PluginsCommand(context, out), new DemoCommand(out),
                new CountCommand(context, out, err, Clock.systemUTC()), new SearchCommand(context, out, err, Clock.systemUTC()),
                new ImportCommand(context, out, err, errIsTerminal), new SourcesCommand(context, out),
                new KqlCommand(context, out, Clock.systemUTC()), new TopCommand(context, out, err, Clock.systemUTC()),
                new HistogramCommand(context, out, err, Clock.systemUTC()), new BenchCommand(context, out),
                new CasesCommand(context, out, Clock.systemDefaultZone()),
                new SystemsCommand(context, out, Clock.systemDefaultZone()), new DashboardsCommand(context, out),
                new ReportCommand(context, out, Clock.systemDefaultZone()))
                .stream().collect(Collectors.toMap(Command::name, Function.identity()));
    }

    /**
     * @param args the command line, command word first
     * @return the process exit code, one of {@link ExitCode}
     */
    public int run(String[] args) {
        if (args.length == 0 || isHelp(args[0])) {
            printUsage(args.length == 0 ? err : out);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.SUCCESS;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println(NLS.bind(Messages.Cli_unknownCommand, args[0]));
            return ExitCode.USAGE;
        }
        try {
            command.run(Arrays.asList(args).subList(1, args.length));
            return ExitCode.SUCCESS;
        } catch (CliException e) {
            err.println(NLS.bind(Messages.Cli_error, command.name(), e.getMessage()));
            return e.exitCode();
        } catch (RuntimeException | LinkageError e) {
            // A bug or a broken installation must still end in a message and a failure code, not a silent 0.
            err.println(NLS.bind(Messages.Cli_internalError, new Object[] { command.name(), e.getClass().getName(),
                    e.getMessage() }));
            return ExitCode.FAILURE;
        } catch (OutOfMemoryError e) {
            // Unwinding to here freed what the command held, enough to say so; left to the
            // framework, the error went to a log file and the process ended with 0.
            err.println(NLS.bind(Messages.Cli_outOfMemory, command.name(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            return ExitCode.FAILURE;
        }
    }

    private static boolean isHelp(String word) {
        return "help".equals(word) || "--help".equals(word) || "-h".equals(word);
    }

    private void printUsage(PrintStream stream) {
        stream.println(Messages.Cli_usage);
        commands.values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(command -> stream.printf("  %-10s %s%n", command.name(), command.summary()));
    }
}
