package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.FiguresJson;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;

/**
 * {@code vigil-cli report --dashboard NAME [--from T] [--to T] [--lang vi|en] [--format json]
 * [--out PATH] [--agency ID] [--level N] [--source ID]}: every panel's figures of a dashboard for
 * a period, headlessly. The period defaults to the dashboard's own time span. A panel that has no
 * figures is in the report with its reason; the command still succeeds and says how many.
 */
final class ReportCommand extends SourceCommand {

    private static final String JSON = "json"; //$NON-NLS-1$
    /** The formats of the issue still to come: refused by name rather than as unknown. */
    private static final Set<String> LATER = Set.of("pdf", "html", "png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    ReportCommand(BundleContext context, PrintStream out, Clock clock) {
        super("report", Messages.Report_summary, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of("--dashboard", "--from", "--to", "--lang", "--format", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--agency", "--level", "--source")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CasesCommand.noPositional(options, 0);
        format(options);
        if (!options.has("--dashboard")) { //$NON-NLS-1$
            throw CliException.usage(Messages.Report_noDashboard);
        }
        Locale language = CasesCommand.language(options);
        // A report's period reads as whole seconds: now to the nanosecond is noise in its JSON.
        Clock clock = Clock.fixed(this.clock.instant().truncatedTo(ChronoUnit.SECONDS), this.clock.getZone());
        try (Registry registry = new Registry(context)) {
            Dashboard dashboard = DashboardsCommand.named(DashboardsCommand.store(context), options.value("--dashboard")); //$NON-NLS-1$
            TimeRange range = SourceQuery.range(options, clock, dashboard.time().from(), dashboard.time().to());
            Variables variables = new Variables(options.value("--agency"), level(options), options.value("--source")); //$NON-NLS-1$ //$NON-NLS-2$
            // The runner asks the registry for the source; waiting for it here names a missing source as other commands do.
            registry.source(dashboard.variables().with(variables).source());
            DashboardRunner runner = ServiceWait.await(context, DashboardRunner.class);
            write(runner.evaluate(dashboard, new RunSettings(range, variables, clock.getZone(), language, clock.instant()),
                    Cancellation.none()), options.value("--out")); //$NON-NLS-1$
        } catch (DashboardException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void write(DashboardFigures figures, String target) throws CliException {
        try (Writer writer = Outputs.open(out, target)) {
            FiguresJson.write(figures, writer);
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_cannotWrite, target, e.getMessage()));
        }
        if (target != null && !"-".equals(target)) { //$NON-NLS-1$
            long without = figures.panels().stream().filter(p -> p.outcome() != PanelFigures.Outcome.OK).count();
            out.println(NLS.bind(Messages.Report_written, new Object[] { figures.dashboard().id(),
                    figures.panels().size(), without, target }));
        }
    }

    private static void format(Options options) throws CliException {
        String format = options.has("--format") ? options.value("--format") : JSON; //$NON-NLS-1$ //$NON-NLS-2$
        if (LATER.contains(format)) {
            throw CliException.failure(NLS.bind(Messages.Report_formatLater, format));
        }
        if (!JSON.equals(format)) {
            throw CliException.usage(NLS.bind(Messages.Report_badFormat, format));
        }
    }

    private static Integer level(Options options) throws CliException {
        if (!options.has("--level")) { //$NON-NLS-1$
            return null;
        }
        long level = options.longValue("--level", 0); //$NON-NLS-1$
        if (level < 1 || level > 5) {
            throw CliException.usage(NLS.bind(Messages.Report_badLevel, options.value("--level"))); //$NON-NLS-1$
        }
        return (int) level;
    }
}
