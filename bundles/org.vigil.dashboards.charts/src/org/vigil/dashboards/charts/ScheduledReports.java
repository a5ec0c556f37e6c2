package org.vigil.dashboards.charts;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.FiguresJson;
import org.vigil.dashboards.ReportSchedule;
import org.vigil.dashboards.ReportSchedules;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;
import org.vigil.reports.ReportFormat;

/**
 * Writes the scheduled period reports that are due: for each schedule whose last complete period
 * (in local time) has no report yet, or whose last run failed, the dashboard is run over that
 * period and its report written into the schedule's folder as
 * {@code <dashboard>_<first day>_<last day>.<format>}; each schedule's run, written or failed, is
 * recorded in the schedules file. One failing schedule does not stop the others.
 */
public final class ScheduledReports {

    /**
     * What one due schedule's run did.
     *
     * @param schedule the schedule, as it was before the run
     * @param run the run: the file written, or why not
     */
    public record Outcome(ReportSchedule schedule, ReportSchedule.LastRun run) {
    }

    private ScheduledReports() {
    }

    /**
     * @param schedules the workspace's schedules
     * @param dashboards its dashboards
     * @param runner computes a dashboard's figures
     * @param now the moment "due" is measured at
     * @param zone the zone whose days, weeks and months the periods are
     * @param unit the reporting unit for the title pages; blank for the default
     * @param cancellation lets the caller stop between and inside the runs
     * @return each due schedule's outcome, in the schedules' order; empty when none was due
     * @throws DashboardException if the schedules file cannot be read or a run cannot be recorded
     */
    public static List<Outcome> runDue(ReportSchedules schedules, DashboardStore dashboards, DashboardRunner runner,
            Instant now, ZoneId zone, String unit, Cancellation cancellation) throws DashboardException {
        List<Outcome> outcomes = new ArrayList<>();
        for (ReportSchedule schedule : schedules.list()) {
            if (cancellation.isCancelled() || !schedule.isDue(now, zone)) {
                continue;
            }
            TimeRange period = schedule.frequency().lastComplete(now, zone);
            ReportSchedule.LastRun run;
            try {
                Path file = write(schedule, period, dashboards, runner, now, zone, unit, cancellation);
                run = new ReportSchedule.LastRun(now, period, file, null);
            } catch (DashboardException | IOException | RuntimeException e) {
                run = new ReportSchedule.LastRun(now, period, null,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            schedules.record(schedule.id(), run);
            outcomes.add(new Outcome(schedule, run));
        }
        return outcomes;
    }

    private static Path write(ReportSchedule schedule, TimeRange period, DashboardStore dashboards,
            DashboardRunner runner, Instant now, ZoneId zone, String unit, Cancellation cancellation)
            throws DashboardException, IOException {
        Locale language = Locale.of(schedule.language());
        Dashboard dashboard = dashboards.find(schedule.dashboard()).orElseThrow(() -> new DashboardException(
                MessageFormat.format(texts(language).getString("noDashboard"), schedule.dashboard()))); //$NON-NLS-1$
        DashboardFigures figures = runner.evaluate(dashboard,
                new RunSettings(period, Variables.NONE, zone, language, now), cancellation);
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        String name = dashboard.id() + "_" + day.format(period.from().atZone(zone)) + "_" //$NON-NLS-1$ //$NON-NLS-2$
                + day.format(period.to().atZone(zone).minusDays(1)) + "." + schedule.format(); //$NON-NLS-1$
        Files.createDirectories(schedule.folder());
        Path file = schedule.folder().resolve(name).toAbsolutePath();
        if ("json".equals(schedule.format())) { //$NON-NLS-1$
            StringWriter json = new StringWriter();
            FiguresJson.write(figures, json);
            Path partial = Files.createTempFile(schedule.folder(), "." + name, ".part"); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                Files.writeString(partial, json.toString(), StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } else {
            // Charts are AWT images: a scheduler runs without a screen.
            System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            ReportFormat.named(schedule.format()).orElseThrow().write(PeriodReport.document(figures, unit), file);
        }
        return file;
    }

    private static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle(ScheduledReports.class.getPackageName() + ".report", //$NON-NLS-1$
                "vi".equals(language.getLanguage()) ? language : Locale.ROOT, ScheduledReports.class.getClassLoader(), //$NON-NLS-1$
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
