package org.vigil.dashboards.ui.internal;

import org.vigil.dashboards.Grid;

/** What edit mode's buttons on a panel do to it. */
enum PanelEdit {
    LEFT(Messages.Edit_left, "◀", -1, 0, 0, 0), //$NON-NLS-1$
    RIGHT(Messages.Edit_right, "▶", 1, 0, 0, 0), //$NON-NLS-1$
    UP(Messages.Edit_up, "▲", 0, -1, 0, 0), //$NON-NLS-1$
    DOWN(Messages.Edit_down, "▼", 0, 1, 0, 0), //$NON-NLS-1$
    NARROWER(Messages.Edit_narrower, "⇤", 0, 0, -1, 0), //$NON-NLS-1$
    WIDER(Messages.Edit_wider, "⇥", 0, 0, 1, 0), //$NON-NLS-1$
    SHORTER(Messages.Edit_shorter, "⤒", 0, 0, 0, -1), //$NON-NLS-1$
    TALLER(Messages.Edit_taller, "⤓", 0, 0, 0, 1), //$NON-NLS-1$
    PROPERTIES(Messages.Edit_panel, "✎", 0, 0, 0, 0), //$NON-NLS-1$
    REMOVE(Messages.Edit_remove, "✕", 0, 0, 0, 0); //$NON-NLS-1$

    private final String tooltip;
    private final String symbol;
    private final int dx;
    private final int dy;
    private final int dw;
    private final int dh;

    PanelEdit(String tooltip, String symbol, int dx, int dy, int dw, int dh) {
        this.tooltip = tooltip;
        this.symbol = symbol;
        this.dx = dx;
        this.dy = dy;
        this.dw = dw;
        this.dh = dh;
    }

    String tooltip() {
        return tooltip;
    }

    String symbol() {
        return symbol;
    }

    /** @return whether it moves or resizes the panel on the grid */
    boolean places() {
        return dx != 0 || dy != 0 || dw != 0 || dh != 0;
    }

    /** @return whether it changes the panel's size rather than its place */
    boolean resizes() {
        return dw != 0 || dh != 0;
    }

    /**
     * @param grid where the panel is
     * @return where this edit puts it, kept on the grid; the same place when it cannot go further
     */
    Grid apply(Grid grid) {
        int w = Math.clamp(grid.w() + dw, 1, Grid.COLUMNS);
        int h = Math.max(1, grid.h() + dh);
        int x = Math.clamp(grid.x() + dx, 0, Grid.COLUMNS - w);
        int y = Math.max(0, grid.y() + dy);
        return new Grid(x, y, w, h);
    }
}
