package org.vigil.dashboards.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;

/**
 * The panels of the dashboard on screen, placed on the grid of 12 columns and scrolled, each
 * computed in a job of its own; and what the operator sees when the dashboard has none.
 */
final class PanelGrid {

    private static final System.Logger LOG = System.getLogger(PanelGrid.class.getName());

    private final Composite top;
    private final PanelHost host;
    private final UISynchronize ui;
    private final ScrolledComposite scroller;
    private final Composite grid;
    private final Label empty;
    private final List<PanelView> views = new ArrayList<>();
    private String dashboardId;
    private int finished;
    private int withoutFigures;

    /**
     * @param parent the part, laid out in one column
     * @param host what the panels ask of the dashboard
     * @param ui the UI thread
     */
    PanelGrid(Composite parent, PanelHost host, UISynchronize ui) {
        this.top = parent;
        this.host = host;
        this.ui = ui;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new Composite(scroller, SWT.NONE);
        grid.setLayout(new GridPlacement());
        scroller.setContent(grid);
        scroller.addListener(SWT.Resize, e -> fit());
        empty = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(empty);
        empty.setVisible(false);
        empty.setText(Messages.Part_empty);
    }

    /** @return the first of its controls in the part, the scrolled panels */
    Control first() {
        return scroller;
    }

    /** @return the composite the panels are on */
    Composite control() {
        return grid;
    }

    /** @return the panels on screen, in the dashboard's order */
    List<PanelView> views() {
        return List.copyOf(views);
    }

    /** @param dashboard the dashboard whose panels replace those on screen, not run yet */
    void show(Dashboard dashboard) {
        cancel();
        dashboardId = dashboard.id();
        views.forEach(view -> view.control().dispose());
        views.clear();
        for (Panel panel : dashboard.panels()) {
            views.add(new PanelView(grid, panel, host, ui));
        }
        fit();
    }

    /**
     * @param dashboard the dashboard on screen, with the filter typed in
     * @param settings the run
     * @param runner computes the panels
     */
    void run(Dashboard dashboard, RunSettings settings, DashboardRunner runner) {
        finished = 0;
        withoutFigures = 0;
        LOG.log(System.Logger.Level.INFO, "Dashboard {0} running {1} panels over {2} .. {3}", dashboard.id(), //$NON-NLS-1$
                views.size(), settings.range().from(), settings.range().to());
        views.forEach(view -> view.run(dashboard, settings, runner));
    }

    /** Cancels the panels still running. */
    void cancel() {
        views.forEach(PanelView::cancel);
    }

    /** @return whether a panel is still running or was cancelled before its figures came */
    boolean unfinished() {
        return views.stream().anyMatch(view -> view.figures().isEmpty()
                || view.figures().get().outcome() == PanelFigures.Outcome.CANCELLED);
    }

    /** @param figures what one panel's run ended with, counted towards the whole dashboard's */
    void finished(PanelFigures figures) {
        finished++;
        if (figures.outcome() != PanelFigures.Outcome.OK) {
            withoutFigures++;
        }
        if (finished == views.size()) {
            LOG.log(System.Logger.Level.INFO, "Dashboard {0} shown: {1} panels, {2} without figures", dashboardId, //$NON-NLS-1$
                    finished, withoutFigures);
        }
    }

    /** Shows each panel again as it is, e.g. with or without its edit buttons. */
    void showPanels() {
        views.forEach(view -> view.showPanel(view.panel()));
    }

    /**
     * Brings the panels on screen in line with an edited dashboard: a panel only moved keeps its
     * figures, a new or changed one is computed again.
     *
     * @param edited the dashboard as edited, with the filter typed in
     * @param settings the last run, or null when none ran: then nothing runs
     * @param runner computes the new and changed panels
     */
    void showEdited(Dashboard edited, RunSettings settings, DashboardRunner runner) {
        Map<String, PanelView> byId = new LinkedHashMap<>();
        views.forEach(view -> byId.put(view.panel().id(), view));
        List<PanelView> kept = new ArrayList<>();
        for (Panel panel : edited.panels()) {
            PanelView view = byId.remove(panel.id());
            boolean rerun = view == null || !sameFigures(view.panel(), panel);
            if (view == null) {
                view = new PanelView(grid, panel, host, ui);
            } else {
                view.showPanel(panel);
            }
            if (rerun && settings != null) {
                view.run(edited, settings, runner);
            }
            kept.add(view);
        }
        byId.values().forEach(view -> view.control().dispose());
        views.clear();
        views.addAll(kept);
        fit();
    }

    private static boolean sameFigures(Panel a, Panel b) {
        return a.kind() == b.kind() && a.query().equals(b.query()) && a.fields().equals(b.fields())
                && a.size() == b.size() && a.metric().equals(b.metric()) && a.split().equals(b.split())
                && a.style() == b.style() && a.compare() == b.compare() && a.title().equals(b.title());
    }

    /** Fits the grid to the width shown; an empty dashboard says how to add panels instead. */
    void fit() {
        boolean none = dashboardId != null && views.isEmpty();
        ((GridData) empty.getLayoutData()).exclude = !none;
        empty.setVisible(none);
        int width = scroller.getClientArea().width;
        scroller.setMinSize(grid.computeSize(width, SWT.DEFAULT));
        grid.layout(true);
        top.layout(true);
    }
}
