package org.vigil.dashboards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The edits of one dashboard in edit mode, with undo and redo. A dashboard is an immutable value,
 * so each edit keeps the dashboard before it: undo can never leave a half-applied change, and the
 * edit mode's widgets need not know how to reverse what they did. Not thread-safe: the UI thread
 * owns it.
 */
public final class DashboardEdits {

    private record Step(String label, Dashboard before) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Dashboard current;
    private Dashboard saved;

    /** @param start the dashboard as it was opened or last saved */
    public DashboardEdits(Dashboard start) {
        current = Objects.requireNonNull(start, "start"); //$NON-NLS-1$
        saved = start;
    }

    /** @return the dashboard with every edit not undone */
    public Dashboard current() {
        return current;
    }

    /**
     * Applies an edit; it can be undone, and what was undone before can no longer be redone.
     *
     * @param label what the edit did, for the Undo menu item
     * @param edit turns the current dashboard into the edited one
     * @return the edited dashboard
     * @throws IllegalArgumentException if the edit makes an invalid dashboard; nothing changes then
     */
    public Dashboard apply(String label, UnaryOperator<Dashboard> edit) {
        Dashboard edited = edit.apply(current);
        if (edited.equals(current)) {
            return current;
        }
        undo.push(new Step(label, current));
        redo.clear();
        current = edited;
        return current;
    }

    /** @return whether there is an edit to undo */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** @return whether there is an undone edit to redo */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** @return what undo would reverse, empty when nothing */
    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label(); //$NON-NLS-1$
    }

    /** @return what redo would apply again, empty when nothing */
    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label(); //$NON-NLS-1$
    }

    /** @return the dashboard before the last edit; the current one when there is none */
    public Dashboard undo() {
        if (!undo.isEmpty()) {
            Step step = undo.pop();
            redo.push(new Step(step.label(), current));
            current = step.before();
        }
        return current;
    }

    /** @return the dashboard with the last undone edit applied again; the current one when there is none */
    public Dashboard redo() {
        if (!redo.isEmpty()) {
            Step step = redo.pop();
            undo.push(new Step(step.label(), current));
            current = step.before();
        }
        return current;
    }

    /** @return whether the dashboard differs from the one opened or last saved */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** @param dashboard what was saved: the current dashboard, perhaps under a new id */
    public void saved(Dashboard dashboard) {
        current = dashboard;
        saved = dashboard;
    }

    /**
     * @param dashboard a dashboard
     * @param panel a panel whose id it does not have yet
     * @return the dashboard with the panel added last
     */
    public static Dashboard add(Dashboard dashboard, Panel panel) {
        List<Panel> panels = new ArrayList<>(dashboard.panels());
        panels.add(panel);
        return with(dashboard, panels);
    }

    /**
     * @param dashboard a dashboard
     * @param panelId one of its panels
     * @return the dashboard without that panel
     */
    public static Dashboard remove(Dashboard dashboard, String panelId) {
        return with(dashboard, dashboard.panels().stream().filter(p -> !p.id().equals(panelId)).toList());
    }

    /**
     * @param dashboard a dashboard
     * @param panel a panel with the id of one of its panels, changed
     * @return the dashboard with that panel replaced, in its place in the reading order
     */
    public static Dashboard replace(Dashboard dashboard, Panel panel) {
        if (dashboard.panel(panel.id()).isEmpty()) {
            throw new IllegalArgumentException("no panel " + panel.id()); //$NON-NLS-1$
        }
        return with(dashboard, dashboard.panels().stream().map(p -> p.id().equals(panel.id()) ? panel : p).toList());
    }

    /**
     * @param dashboard a dashboard
     * @param panelId one of its panels
     * @param grid where it goes: moved, resized or both
     * @return the dashboard with the panel there
     */
    public static Dashboard place(Dashboard dashboard, String panelId, Grid grid) {
        Panel p = dashboard.panel(panelId).orElseThrow(() -> new IllegalArgumentException("no panel " + panelId)); //$NON-NLS-1$
        return settle(replace(dashboard, at(p, grid)), panelId);
    }

    /**
     * Pushes down the panels that overlap another, as Kibana's and Grafana's grids do: the panel
     * just placed keeps its place, the others keep their order and move down only as far as needed.
     *
     * @param dashboard a dashboard whose panels may overlap
     * @param placed the panel that keeps its place
     * @return the dashboard without overlaps
     */
    public static Dashboard settle(Dashboard dashboard, String placed) {
        List<Panel> order = new ArrayList<>(dashboard.panels());
        order.sort(java.util.Comparator.<Panel>comparingInt(p -> p.id().equals(placed) ? 0 : 1)
                .thenComparingInt(p -> p.grid().y()).thenComparingInt(p -> p.grid().x()));
        List<Panel> settled = new ArrayList<>();
        java.util.Map<String, Panel> byId = new java.util.HashMap<>();
        for (Panel panel : order) {
            Grid grid = panel.grid();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Panel other : settled) {
                    if (overlap(grid, other.grid())) {
                        grid = new Grid(grid.x(), other.grid().y() + other.grid().h(), grid.w(), grid.h());
                        moved = true;
                    }
                }
            }
            Panel at = grid.equals(panel.grid()) ? panel : at(panel, grid);
            settled.add(at);
            byId.put(at.id(), at);
        }
        return with(dashboard, dashboard.panels().stream().map(p -> byId.get(p.id())).toList());
    }

    private static boolean overlap(Grid a, Grid b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    private static Panel at(Panel p, Grid grid) {
        return new Panel(p.id(), p.kind(), p.title(), grid, p.query(), p.fields(), p.size(), p.metric(), p.split(),
                p.style(), p.compare());
    }

    /**
     * @param dashboard a dashboard
     * @param prefix what the id starts with, such as the panel kind's word
     * @return an id no panel of the dashboard has: the prefix, then -2, -3 … if taken
     */
    public static String freeId(Dashboard dashboard, String prefix) {
        String id = prefix;
        for (int n = 2; dashboard.panel(id).isPresent(); n++) {
            id = prefix + '-' + n;
        }
        return id;
    }

    /**
     * @param dashboard a dashboard
     * @return the first grid row below every panel, where a new panel goes
     */
    public static int bottom(Dashboard dashboard) {
        return dashboard.panels().stream().mapToInt(p -> p.grid().y() + p.grid().h()).max().orElse(0);
    }

    /**
     * @param dashboard a dashboard
     * @param id the id of the copy: letters, digits and hyphens
     * @param title its title
     * @return the same panels, filter, time and variables under another id and title
     */
    public static Dashboard copy(Dashboard dashboard, String id, org.vigil.cases.Text title) {
        return new Dashboard(id, title, dashboard.description(), dashboard.time(), dashboard.filter(),
                dashboard.variables(), dashboard.panels());
    }

    private static Dashboard with(Dashboard d, List<Panel> panels) {
        return new Dashboard(d.id(), d.title(), d.description(), d.time(), d.filter(), d.variables(), panels);
    }
}
