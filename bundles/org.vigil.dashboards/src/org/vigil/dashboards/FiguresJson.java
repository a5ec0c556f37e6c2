package org.vigil.dashboards;

import java.io.IOException;
import java.io.Writer;

import org.vigil.dashboards.internal.FiguresWriter;

/**
 * Writes a run's figures as JSON for machines (the shape is in docs/DASHBOARDS.md): every panel
 * with its outcome, its columns and rows, and those of the previous period when it compares.
 * Times are ISO-8601 with the run's UTC offset.
 */
public final class FiguresJson {

    /** The version of the shape this Vigil writes. */
    public static final int FORMAT = 1;

    private FiguresJson() {
    }

    /**
     * @param figures the run's figures
     * @param out where the JSON goes; not closed
     * @throws IOException if writing fails
     */
    public static void write(DashboardFigures figures, Writer out) throws IOException {
        FiguresWriter.write(figures, out);
    }
}
