package org.vigil.dashboards;

import java.util.ArrayList;
import java.util.List;

import org.vigil.events.Cancellation;

/**
 * Computes dashboards' figures headlessly, published as an OSGi service. Each panel is computed
 * on its own, so that the workbench runs one job per panel and a failing panel leaves the others
 * their figures. Calls read sources and stores: never call them on the UI thread.
 */
public interface DashboardRunner {

    /**
     * @return the agencies of the registry, the levels and the event sources the variables can take
     * @throws DashboardException if the registry cannot be read
     */
    VariableChoices choices() throws DashboardException;

    /**
     * @param dashboard the dashboard, whose filter and variables apply
     * @param panel one of its panels
     * @param settings the period and the variables chosen
     * @param cancellation lets the caller give up; a cancelled panel ends as
     *            {@link PanelFigures.Outcome#CANCELLED}
     * @return the panel's figures, or the reason it has none; never throws for a panel's failure
     */
    PanelFigures evaluate(Dashboard dashboard, Panel panel, RunSettings settings, Cancellation cancellation);

    /**
     * The events the variables let in, as KQL, for a drill-down into Investigate to search what the
     * panel counted: the systems the agency and level select, by the id imports tag events with.
     *
     * @param dashboard the dashboard
     * @param settings the variables chosen
     * @return the KQL clause, or empty when no variable narrows the events
     * @throws DashboardException if the registry cannot be read or does not know the agency
     */
    String variablesKql(Dashboard dashboard, RunSettings settings) throws DashboardException;

    /**
     * @param dashboard the dashboard
     * @param settings the period and the variables chosen
     * @param cancellation lets the caller give up; panels not reached are cancelled
     * @return every panel's figures, in order
     */
    default DashboardFigures evaluate(Dashboard dashboard, RunSettings settings, Cancellation cancellation) {
        List<PanelFigures> panels = new ArrayList<>();
        for (Panel panel : dashboard.panels()) {
            panels.add(evaluate(dashboard, panel, settings, cancellation));
        }
        RunSettings merged = new RunSettings(settings.range(), dashboard.variables().with(settings.variables()),
                settings.zone(), settings.language(), settings.now(), settings.sourceTimeout());
        return new DashboardFigures(dashboard, merged, panels);
    }
}
