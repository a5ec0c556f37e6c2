package org.vigil.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.ReportFrequency;
import org.vigil.dashboards.ReportSchedule;
import org.vigil.dashboards.ReportSchedules;
import org.vigil.dashboards.charts.ScheduledReports;
import org.vigil.events.Cancellation;

/**
 * {@code vigil-cli report schedule list|add|remove|run-due}: the period reports written by
 * themselves. {@code run-due} writes those whose last complete week, month, quarter or half-year
 * has no report yet; run it from cron or a system timer (docs/DASHBOARDS.md).
 */
final class ReportScheduleCommand {

    private final BundleContext context;
    private final PrintStream out;
    private final Clock clock;

    ReportScheduleCommand(BundleContext context, PrintStream out, Clock clock) {
        this.context = context;
        this.out = out;
        this.clock = clock;
    }

    void run(List<String> args) throws CliException {
        if (args.isEmpty()) {
            throw CliException.usage(Messages.Schedule_usage);
        }
        ReportSchedules schedules = DashboardsCommand.store(context).schedules();
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "list" -> list(schedules, Options.parse(rest, List.of())); //$NON-NLS-1$
                case "add" -> add(schedules, Options.parse(rest, List.of("--id", "--dashboard", "--every", "--lang", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        "--format", "--folder"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "remove" -> remove(schedules, Options.parse(rest, List.of())); //$NON-NLS-1$
                case "run-due" -> runDue(schedules, Options.parse(rest, List.of("--unit"))); //$NON-NLS-1$ //$NON-NLS-2$
                default -> throw CliException.usage(NLS.bind(Messages.Schedule_unknownSubcommand, args.get(0)));
            }
        } catch (DashboardException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void list(ReportSchedules schedules, Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 0);
        List<ReportSchedule> all = schedules.list();
        if (all.isEmpty()) {
            out.println(Messages.Schedule_none);
        }
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        ZoneId zone = clock.getZone();
        for (ReportSchedule s : all) {
            String last = s.last() == null ? Messages.Schedule_never
                    : NLS.bind(s.last().succeeded() ? Messages.Schedule_lastOk : Messages.Schedule_lastFailed,
                            new Object[] { day.format(s.last().period().from().atZone(zone)),
                                    day.format(s.last().period().to().atZone(zone).minusDays(1)),
                                    s.last().succeeded() ? s.last().file() : s.last().error() });
            out.println(String.join("  ", s.id(), s.dashboard(), s.frequency().word(), s.language(), s.format(), //$NON-NLS-1$
                    s.folder().toString(), last));
        }
    }

    private void add(ReportSchedules schedules, Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 0);
        for (String required : List.of("--dashboard", "--every", "--folder")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!options.has(required)) {
                throw CliException.usage(NLS.bind(Messages.Schedule_missing, required));
            }
        }
        DashboardStore store = DashboardsCommand.store(context);
        Dashboard dashboard = DashboardsCommand.named(store, options.value("--dashboard")); //$NON-NLS-1$
        String every = options.value("--every"); //$NON-NLS-1$
        ReportFrequency frequency = ReportFrequency.of(every)
                .orElseThrow(() -> CliException.usage(NLS.bind(Messages.Schedule_badFrequency, every)));
        String language = "vi".equals(CasesCommand.language(options).getLanguage()) ? "vi" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String format = options.has("--format") ? options.value("--format") : "pdf"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!ReportSchedule.FORMATS.contains(format)) {
            throw CliException.usage(NLS.bind(Messages.Schedule_badFormat, format));
        }
        String id = options.has("--id") ? options.value("--id") : dashboard.id() + "-" + frequency.word(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) { //$NON-NLS-1$
            throw CliException.usage(NLS.bind(Messages.Schedule_badId, id));
        }
        Path folder = Path.of(options.value("--folder")).toAbsolutePath(); //$NON-NLS-1$
        schedules.add(new ReportSchedule(id, dashboard.id(), frequency, language, format, folder, null));
        out.println(NLS.bind(Messages.Schedule_added, new Object[] { id, dashboard.id(), frequency.word(), folder }));
    }

    private void remove(ReportSchedules schedules, Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 1);
        String id = options.positional().get(0);
        if (!schedules.remove(id)) {
            throw CliException.failure(NLS.bind(Messages.Schedule_unknown, id));
        }
        out.println(NLS.bind(Messages.Schedule_removed, id));
    }

    private void runDue(ReportSchedules schedules, Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 0);
        DashboardRunner runner = ServiceWait.await(context, DashboardRunner.class);
        List<ScheduledReports.Outcome> outcomes = ScheduledReports.runDue(schedules, DashboardsCommand.store(context),
                runner, clock.instant(), clock.getZone(), ReportCommand.unit(context, options), Cancellation.none());
        long failed = 0;
        for (ScheduledReports.Outcome outcome : outcomes) {
            if (outcome.run().succeeded()) {
                out.println(NLS.bind(Messages.Schedule_wrote, outcome.schedule().id(), outcome.run().file()));
            } else {
                failed++;
                out.println(NLS.bind(Messages.Schedule_failed, outcome.schedule().id(), outcome.run().error()));
            }
        }
        if (outcomes.isEmpty()) {
            out.println(Messages.Schedule_nothingDue);
        }
        if (failed > 0) {
            throw CliException.failure(NLS.bind(Messages.Schedule_someFailed, failed, outcomes.size()));
        }
    }
}
