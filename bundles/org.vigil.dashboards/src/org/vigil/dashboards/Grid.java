package org.vigil.dashboards;

/**
 * Where a panel sits on the dashboard's grid of {@value #COLUMNS} columns.
 *
 * @param x the first column, from 0
 * @param y the first row, from 0
 * @param w the width in columns, at least 1
 * @param h the height in rows, at least 1
 */
public record Grid(int x, int y, int w, int h) {

    /** How many columns a dashboard has, as in Kibana's and Grafana's grids. */
    public static final int COLUMNS = 12;

    /** Rejects a position off the grid. */
    public Grid {
        if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > COLUMNS) {
            throw new IllegalArgumentException("x " + x + ", y " + y + ", w " + w + ", h " + h); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
