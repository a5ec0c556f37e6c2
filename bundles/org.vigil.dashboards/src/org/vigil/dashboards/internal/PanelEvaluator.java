package org.vigil.dashboards.internal;

import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.events.Cancellation;

/**
 * Computes the figures of the panels of one kind of data (events, cases, the registry) for one
 * period. The runner asks once for the period and once more for the previous one when the panel
 * compares.
 */
interface PanelEvaluator {

    /**
     * @param panel the panel
     * @param scope the run's dashboard, variables and services
     * @param range the period to compute
     * @param cancellation lets the caller give up
     * @return the figures
     * @throws PanelException why the panel has none
     */
    FigureTable evaluate(Panel panel, Scope scope, TimeRange range, Cancellation cancellation) throws PanelException;
}
