package org.vigil.dashboards.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStores;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.ReportFrequency;
import org.vigil.dashboards.charts.ScheduledReports;
import org.vigil.events.Cancellation;

/** Runs the workspace's due scheduled reports as the command line's {@code report schedule run-due} does. */
final class Schedules {

    private Schedules() {
    }

    /**
     * @param store the dashboards and their schedules
     * @param runner computes the figures
     * @param cases the case stores, whose settings name the reporting unit; null without them
     * @param cancellation stops between and inside the runs
     * @return each due schedule's outcome
     * @throws DashboardException if the schedules cannot be read or a run cannot be recorded
     */
    static List<ScheduledReports.Outcome> runDue(DashboardStore store, DashboardRunner runner, CaseStores cases,
            Cancellation cancellation) throws DashboardException {
        return ScheduledReports.runDue(store.schedules(), store, runner, Instant.now(), ZoneId.systemDefault(),
                unit(cases), cancellation);
    }

    /** @return the reporting unit of the case settings, or null for the reports' default */
    private static String unit(CaseStores cases) {
        try {
            return cases == null ? null : cases.find(CaseStores.LOCAL).orElseThrow().settings().unit().name();
        } catch (CaseException | RuntimeException e) {
            return null;
        }
    }

    /** @return how often, in the UI's language */
    static String frequencyName(ReportFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> Messages.Schedule_weekly;
            case MONTHLY -> Messages.Schedule_monthly;
            case QUARTERLY -> Messages.Schedule_quarterly;
            case HALF_YEARLY -> Messages.Schedule_halfYearly;
        };
    }
}
