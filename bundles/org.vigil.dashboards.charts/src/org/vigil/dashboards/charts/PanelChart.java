package org.vigil.dashboards.charts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.vigil.dashboards.PanelFigures;

/**
 * A panel's chart and what each of its items drills down to. Draw {@link #chart()} with a
 * {@link org.jfree.chart.ChartRenderingInfo} (as JFreeChart's SWT and AWT components do) and hand
 * the entity under a click to {@link #drill(ChartEntity)}.
 */
public final class PanelChart {

    private final PanelFigures figures;
    private final JFreeChart chart;
    private final Map<Comparable<?>, Drill> byCategory;
    private final Map<Comparable<?>, List<Drill>> bySeries;

    PanelChart(PanelFigures figures, JFreeChart chart, Map<Comparable<?>, Drill> byCategory,
            Map<Comparable<?>, List<Drill>> bySeries) {
        this.figures = Objects.requireNonNull(figures, "figures"); //$NON-NLS-1$
        this.chart = Objects.requireNonNull(chart, "chart"); //$NON-NLS-1$
        this.byCategory = Map.copyOf(byCategory);
        this.bySeries = Map.copyOf(bySeries);
    }

    /** @return the figures it draws */
    public PanelFigures figures() {
        return figures;
    }

    /** @return the chart, without a title: the panel's title is shown above it */
    public JFreeChart chart() {
        return chart;
    }

    /**
     * @param entity an entity of the drawn chart, such as the one under the mouse
     * @return what a click on it asks to see; empty for the axes, the legend, the background
     */
    public Optional<Drill> drill(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            return Optional.ofNullable(byCategory.get(item.getColumnKey()));
        }
        if (entity instanceof PieSectionEntity section) {
            return Optional.ofNullable(byCategory.get(section.getSectionKey()));
        }
        if (entity instanceof XYItemEntity item) {
            List<Drill> items = bySeries.get(item.getDataset().getSeriesKey(item.getSeriesIndex()));
            return items == null || item.getItem() >= items.size() ? Optional.empty()
                    : Optional.ofNullable(items.get(item.getItem()));
        }
        return Optional.empty();
    }
}
