package org.vigil.dashboards;

/** A dashboard could not be read, found or saved; the message says which and why, for people. */
public class DashboardException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the reason, naming the dashboard or file */
    public DashboardException(String message) {
        super(message);
    }

    /**
     * @param message the reason, naming the dashboard or file
     * @param cause the failure underneath
     */
    public DashboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
