package org.vigil.dashboards.ui.internal;

import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;

/** Placeholder until the charts bundle is merged. */
final class Charts {

    record Drill(String field, String value, TimeRange range, List<Object> row) {
    }

    private Charts() {
    }

    static Optional<JFreeChart> chart(PanelFigures figures, RunSettings settings, boolean dark) {
        return Optional.empty();
    }

    static Optional<Drill> drill(JFreeChart chart, ChartEntity entity) {
        return Optional.empty();
    }
}
