package org.vigil.dashboards;

import java.util.List;

/**
 * Every panel's figures of one run of a dashboard, in the dashboard's order.
 *
 * @param dashboard the dashboard
 * @param settings the run's period, variables (the dashboard's merged with those chosen), zone and language
 * @param panels each panel's figures or failure
 */
public record DashboardFigures(Dashboard dashboard, RunSettings settings, List<PanelFigures> panels) {

    /** Keeps an immutable copy. */
    public DashboardFigures {
        panels = List.copyOf(panels);
    }
}
