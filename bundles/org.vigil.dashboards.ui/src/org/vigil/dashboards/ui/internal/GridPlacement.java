package org.vigil.dashboards.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;
import org.vigil.dashboards.Grid;

/**
 * Places each panel where its {@link Grid} (the child's layout data) says, on
 * {@value Grid#COLUMNS} columns as wide as the part allows and rows of a fixed height, as the
 * grids of Kibana and Grafana do: a dashboard looks the same on every screen, only wider.
 */
final class GridPlacement extends Layout {

    /** Height of one grid row in pixels: a figure of two rows holds its number and its change. */
    static final int ROW = 72;
    private static final int GAP = 8;
    private static final int NARROWEST = 900;

    @Override
    protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        int rows = 0;
        for (Control child : composite.getChildren()) {
            if (child.getLayoutData() instanceof Grid grid) {
                rows = Math.max(rows, grid.y() + grid.h());
            }
        }
        int width = wHint == org.eclipse.swt.SWT.DEFAULT ? NARROWEST : Math.max(wHint, NARROWEST);
        return new Point(width, rows * ROW + (rows + 1) * GAP);
    }

    @Override
    protected void layout(Composite composite, boolean flushCache) {
        Rectangle area = composite.getClientArea();
        double column = (Math.max(area.width, NARROWEST) - GAP) / (double) Grid.COLUMNS;
        for (Control child : composite.getChildren()) {
            if (child.getLayoutData() instanceof Grid grid) {
                int x = area.x + GAP + (int) Math.round(grid.x() * column);
                int right = area.x + (int) Math.round((grid.x() + grid.w()) * column);
                int y = area.y + GAP + grid.y() * (ROW + GAP);
                child.setBounds(x, y, right - x, grid.h() * (ROW + GAP) - GAP);
            }
        }
    }
}
