package org.vigil.dashboards;

/**
 * A dashboard file that cannot be read: its message is {@code file:line:column: problem}, the
 * way compilers name a mistake, so that an editor can jump to it.
 */
public final class DashboardFileException extends DashboardException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file the file's name as the user gave it
     * @param line the line of the mistake, from 1
     * @param column the column, from 1
     * @param problem what is wrong there, for people
     */
    public DashboardFileException(String file, int line, int column, String problem) {
        super(file + ':' + line + ':' + column + ": " + problem); //$NON-NLS-1$
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }

    /** @return the line of the mistake, from 1 */
    public int line() {
        return line;
    }

    /** @return the column of the mistake, from 1 */
    public int column() {
        return column;
    }

    /** @return what is wrong, without the place */
    public String problem() {
        return problem;
    }
}
