package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.FiguresJson;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;
import org.vigil.dashboards.charts.PeriodReport;
import org.vigil.events.Cancellation;
import org.vigil.reports.ReportFormat;

/**
 * {@code vigil-cli report --dashboard NAME [--from T] [--to T] [--lang vi|en]
 * [--format json|pdf|html|png] [--out PATH] [--unit NAME] [--agency ID] [--level N] [--source ID]}:
 * every panel's figures of a dashboard for a period, headlessly, as JSON or as the period report
 * with its charts. The period defaults to the dashboard's own time span. A panel that has no
 * figures is in the report with its reason; the command still succeeds and says how many.
 */
final class ReportCommand extends SourceCommand {

    private static final String JSON = "json"; //$NON-NLS-1$

    ReportCommand(BundleContext context, PrintStream out, Clock clock) {
        super("report", Messages.Report_summary, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        if (!args.isEmpty() && "schedule".equals(args.get(0))) { //$NON-NLS-1$
            new ReportScheduleCommand(context, out, clock).run(args.subList(1, args.size()));
            return;
        }
        Options options = Options.parse(args, List.of("--dashboard", "--from", "--to", "--lang", "--format", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--agency", "--level", "--source", "--unit")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        CasesCommand.noPositional(options, 0);
        ReportFormat document = format(options);
        if (!options.has("--dashboard")) { //$NON-NLS-1$
            throw CliException.usage(Messages.Report_noDashboard);
        }
        String target = options.value("--out"); //$NON-NLS-1$
        if (document != null && (target == null || "-".equals(target))) { //$NON-NLS-1$
            throw CliException.usage(NLS.bind(Messages.Report_needsOut, options.value("--format"))); //$NON-NLS-1$
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
            DashboardFigures figures = runner.evaluate(dashboard, new RunSettings(range, variables, clock.getZone(),
                    language, clock.instant()), Cancellation.none());
            if (document == null) {
                write(figures, target);
            } else {
                write(figures, document, Path.of(target), unit(context, options));
            }
        } catch (DashboardException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /**
     * The period report drawn without a display: its charts are AWT images, and a server has no
     * screen for AWT to open.
     */
    private void write(DashboardFigures figures, ReportFormat format, Path target, String unit) throws CliException {
        System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            format.write(PeriodReport.document(figures, unit), target);
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        summary(figures, target.toString());
    }

    /** {@code --unit}, else the unit the case settings name for the incident reports, else the default. */
    static String unit(BundleContext context, Options options) {
        if (options.has("--unit")) { //$NON-NLS-1$
            return options.value("--unit"); //$NON-NLS-1$
        }
        try (CaseStoreAccess stores = new CaseStoreAccess(context)) {
            return stores.store(CaseStores.LOCAL).settings().unit().name();
        } catch (CliException | CaseException e) {
            return null;
        }
    }

    private void write(DashboardFigures figures, String target) throws CliException {
        try (Writer writer = Outputs.open(out, target)) {
            FiguresJson.write(figures, writer);
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_cannotWrite, target, e.getMessage()));
        }
        if (target != null && !"-".equals(target)) { //$NON-NLS-1$
            summary(figures, target);
        }
    }

    private void summary(DashboardFigures figures, String target) {
        long without = figures.panels().stream().filter(p -> p.outcome() != PanelFigures.Outcome.OK).count();
        out.println(NLS.bind(Messages.Report_written, new Object[] { figures.dashboard().id(),
                figures.panels().size(), without, target }));
    }

    /** @return the period report's format, or null for the figures as JSON */
    private static ReportFormat format(Options options) throws CliException {
        String format = options.has("--format") ? options.value("--format") : JSON; //$NON-NLS-1$ //$NON-NLS-2$
        if (JSON.equals(format)) {
            return null;
        }
        // The period report's formats are org.vigil.reports' own, but for Markdown: a report of charts.
        return ReportFormat.named(format).filter(document -> !document.isText())
                .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Report_badFormat, format)));
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
