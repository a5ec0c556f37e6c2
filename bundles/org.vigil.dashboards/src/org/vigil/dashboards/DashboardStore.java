package org.vigil.dashboards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dashboards of the workspace, published as an OSGi service: the shipped ones (SOC overview,
 * Compliance, Period report) and those saved or imported, each a file in the workspace's
 * {@code dashboards} folder. A saved dashboard with a shipped one's id takes its place. Writes are
 * atomic: a failed save or import leaves every file as it was. Calls do file I/O: never call them
 * on the UI thread.
 */
public interface DashboardStore {

    /** @return the folder the saved dashboards are kept in */
    Path location();

    /**
     * @return the workspace's scheduled period reports, kept beside the dashboards
     *         ({@code reports/schedules.json}), for the command line and the workbench alike
     */
    ReportSchedules schedules();

    /**
     * @return every dashboard, saved ones in place of shipped ones with the same id, by id; a
     *         saved file that cannot be read is left out and named by {@link #problems()}
     * @throws DashboardException if the folder cannot be read
     */
    List<Dashboard> list() throws DashboardException;

    /** @return the files {@link #list()} left out, each as {@code file:line:column: problem} */
    List<String> problems();

    /**
     * @param name a dashboard's id, or its title in either language; case does not matter
     * @return the dashboard
     * @throws DashboardException if the folder cannot be read
     */
    Optional<Dashboard> find(String name) throws DashboardException;

    /**
     * @param id a dashboard id
     * @return whether Vigil ships a dashboard with that id
     */
    boolean isShipped(String id);

    /**
     * Saves a dashboard as {@code <id>.json}, replacing the saved one with its id.
     *
     * @param dashboard the dashboard
     * @throws DashboardException if it cannot be written; the file before stays as it was
     */
    void save(Dashboard dashboard) throws DashboardException;

    /**
     * Reads a dashboard file and saves it. Nothing is written unless the whole file is valid.
     *
     * @param file a dashboard file
     * @return the dashboard saved
     * @throws DashboardFileException naming the file, line, column and mistake
     * @throws DashboardException if the file cannot be read or the dashboard cannot be saved
     */
    Dashboard importFile(Path file) throws DashboardException;
}
