package org.vigil.dashboards;

import java.io.IOException;
import java.io.Writer;

import org.vigil.dashboards.internal.DashboardReader;
import org.vigil.dashboards.internal.DashboardWriter;

/**
 * The dashboard file format (docs/DASHBOARDS.md): readable, indented JSON with a
 * {@code "format"} number. This Vigil writes and reads format {@value #FORMAT}; a file of a
 * newer format is refused as made by a newer Vigil rather than half understood.
 */
public final class DashboardFile {

    /** The format this Vigil writes, and the newest it reads. */
    public static final int FORMAT = 1;

    private DashboardFile() {
    }

    /**
     * @param file the file's name, for messages
     * @param text what the file holds
     * @return the dashboard it describes
     * @throws DashboardFileException naming the line, column and first mistake: malformed JSON, a
     *             newer format, an unknown key or panel kind, a missing or wrong value
     */
    public static Dashboard read(String file, String text) throws DashboardFileException {
        return new DashboardReader(file).read(text);
    }

    /**
     * @param dashboard the dashboard
     * @param out where the file goes; not closed
     * @throws IOException if writing fails
     */
    public static void write(Dashboard dashboard, Writer out) throws IOException {
        DashboardWriter.write(dashboard, out);
    }
}
