package org.vigil.dashboards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.vigil.dashboards.internal.Messages;
import org.vigil.dashboards.internal.ScheduleFile;

/**
 * The scheduled period reports of a workspace, kept in one JSON file ({@code reports/schedules.json}
 * in the workspace; docs/DASHBOARDS.md). Every change reads the file, changes it and writes it whole
 * through a temporary file moved over the old one: a failure leaves the file as it was. Calls do
 * file I/O: never on the UI thread. Added in package version 0.1.1.
 */
public final class ReportSchedules {

    private final Path file;

    /** @param file the schedules file; created by the first change */
    public ReportSchedules(Path file) {
        this.file = Objects.requireNonNull(file, "file"); //$NON-NLS-1$
    }

    /** @return the schedules file */
    public Path file() {
        return file;
    }

    /**
     * @return the schedules, in the order they were added
     * @throws DashboardException if the file cannot be read or is not a schedules file, naming it
     */
    public synchronized List<ReportSchedule> list() throws DashboardException {
        return ScheduleFile.read(file);
    }

    /**
     * @param schedule a new schedule
     * @throws DashboardException if a schedule has its id, or the file cannot be written
     */
    public synchronized void add(ReportSchedule schedule) throws DashboardException {
        List<ReportSchedule> all = new ArrayList<>(list());
        if (all.stream().anyMatch(s -> s.id().equals(schedule.id()))) {
            throw new DashboardException(NLS.bind(Messages.Schedule_exists, schedule.id()));
        }
        all.add(schedule);
        ScheduleFile.write(file, all);
    }

    /**
     * @param id a schedule's id
     * @return whether there was one to remove
     * @throws DashboardException if the file cannot be read or written
     */
    public synchronized boolean remove(String id) throws DashboardException {
        List<ReportSchedule> all = new ArrayList<>(list());
        boolean removed = all.removeIf(s -> s.id().equals(id));
        if (removed) {
            ScheduleFile.write(file, all);
        }
        return removed;
    }

    /**
     * @param id a schedule's id
     * @param run how its run went
     * @throws DashboardException if there is no such schedule or the file cannot be written
     */
    public synchronized void record(String id, ReportSchedule.LastRun run) throws DashboardException {
        List<ReportSchedule> all = new ArrayList<>(list());
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new DashboardException(NLS.bind(Messages.Schedule_unknown, id));
        }
        all.set(index, all.get(index).ran(run));
        ScheduleFile.write(file, all);
    }
}
