package org.vigil.dashboards.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.vigil.cases.CaseStores;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.charts.ScheduledReports;
import org.vigil.events.Cancellation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Writes the due scheduled reports while the workbench runs: a minute after it starts, then every
 * five minutes, in a background job. A report of a period is written once; a failed one is tried
 * again at the next round, and its error is what the schedules dialog shows meanwhile.
 */
public final class ScheduledReportsAddon {

    private static final System.Logger LOG = System.getLogger(ScheduledReportsAddon.class.getName());
    private static final long FIRST_DELAY_MILLIS = 60_000;
    private static final long PERIOD_MILLIS = 5 * 60_000;

    private final Cancellation stopping = new Cancellation();
    private volatile DashboardStore store;
    private volatile DashboardRunner runner;
    private volatile CaseStores cases;
    private Job job;

    /** @param newStore the dashboards and their schedules, as the service comes and goes */
    @Inject
    void setStore(@Optional @Service DashboardStore newStore) {
        store = newStore;
    }

    /** @param newRunner computes figures, as the service comes and goes */
    @Inject
    void setRunner(@Optional @Service DashboardRunner newRunner) {
        runner = newRunner;
    }

    /** @param newCases the case stores, whose settings name the reporting unit */
    @Inject
    void setCases(@Optional @Service CaseStores newCases) {
        cases = newCases;
    }

    @PostConstruct
    void start() {
        job = Job.create(Messages.Schedules_job, (IProgressMonitor monitor) -> {
            runDue();
            if (!stopping.isCancelled()) {
                job.schedule(PERIOD_MILLIS);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(FIRST_DELAY_MILLIS);
    }

    private void runDue() {
        DashboardStore dashboards = store;
        DashboardRunner figures = runner;
        if (dashboards == null || figures == null) {
            return;
        }
        try {
            List<ScheduledReports.Outcome> outcomes = Schedules.runDue(dashboards, figures, cases, stopping);
            for (ScheduledReports.Outcome outcome : outcomes) {
                LOG.log(outcome.run().succeeded() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                        "Scheduled report {0}: {1}", outcome.schedule().id(), //$NON-NLS-1$
                        outcome.run().succeeded() ? outcome.run().file() : outcome.run().error());
            }
        } catch (DashboardException e) {
            LOG.log(System.Logger.Level.WARNING, "Scheduled reports not run: {0}", e.getMessage()); //$NON-NLS-1$
        }
    }

    @PreDestroy
    void stop() {
        stopping.cancel();
        if (job != null) {
            job.cancel();
        }
    }
}
