package org.vigil.events.ui.internal;

import java.awt.Font;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.charts.ChartTheme;
import org.vigil.events.Histogram;

/**
 * Hits over time above the results, drawn with JFreeChart in the operator's time zone and in the
 * colours of the workbench's light or dark theme, as the dashboards' charts are. Dragging across
 * it zooms the search to the time dragged over; clicking a bar narrows it to that bucket.
 */
final class HitHistogram {

    /** In pixels: JFreeChart's SWT bridge draws AWT sizes as pixels, so 12 read as a small 9 pt. */
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /**
     * The chart is drawn at its real size: by default it is drawn at no less than 300 by 200 and
     * scaled down to fit, which shrank the tick labels of this short chart to a few pixels.
     */
    private static final int NO_SCALING_BELOW = 10;
    private static final int NO_SCALING_ABOVE = 10_000;

    private final ZoomingChart chart;
    private final XYSeries series = new XYSeries(Messages.Histogram_hits, true, false);
    private final XYSeriesCollection counts = new XYSeriesCollection(series);
    private Histogram shown;

    /**
     * @param parent where the chart goes
     * @param narrowTo asked to search the time range dragged over or clicked
     * @param theme the workbench's theme now
     */
    HitHistogram(Composite parent, Consumer<TimeRange> narrowTo, ChartTheme theme) {
        JFreeChart jfree = ChartFactory.createXYBarChart(null, null, true, null, counts,
                PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = jfree.getXYPlot();
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTimeZone(TimeZone.getDefault());
        // Before the first search there is no time to show: an empty axis would label milliseconds of 1970.
        time.setTickLabelsVisible(false);
        NumberAxis hits = (NumberAxis) plot.getRangeAxis();
        // Counts are whole numbers, and an empty result still needs a sensible 0..1 axis.
        hits.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        hits.setAutoRangeMinimumSize(1);
        paint(jfree, theme);
        chart = new ZoomingChart(parent, jfree, narrowTo);
        chart.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent event) {
                chart.pressedOn(event.getEntity() instanceof XYItemEntity item && shown != null
                        ? bucketRange(shown.buckets().get(item.getItem())) : null);
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent event) {
                // Dragging is the chart's own business until the button is released.
            }
        });
    }

    Composite control() {
        return chart;
    }

    /** @param theme the workbench's theme, just chosen by the operator */
    void theme(ChartTheme theme) {
        paint(chart.getChart(), theme);
        chart.forceRedraw();
    }

    private static void paint(JFreeChart jfree, ChartTheme theme) {
        theme.apply(jfree);
        XYPlot plot = jfree.getXYPlot();
        // The theme's tick font suits a dashboard panel; this short chart is read at a glance.
        plot.getDomainAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, theme.series(0));
    }

    void show(Histogram histogram) {
        shown = histogram;
        series.clear();
        Duration half = histogram.interval().dividedBy(2);
        counts.setIntervalWidth(histogram.interval().toMillis());
        for (Histogram.Bucket bucket : histogram.buckets()) {
            // Bars are centred on their x value: the middle of the bucket.
            series.add(bucket.start().plus(half).toEpochMilli(), bucket.count(), false);
        }
        series.fireSeriesChanged();
        XYBarRenderer bars = (XYBarRenderer) chart.getChart().getXYPlot().getRenderer();
        bars.setMargin(0.1);
        chart.getChart().getXYPlot().getDomainAxis().setLowerMargin(0);
        chart.getChart().getXYPlot().getDomainAxis().setUpperMargin(0);
        chart.getChart().getXYPlot().getDomainAxis().setTickLabelsVisible(true);
    }

    void clear() {
        shown = null;
        series.clear();
        chart.getChart().getXYPlot().getDomainAxis().setTickLabelsVisible(false);
    }

    private TimeRange bucketRange(Histogram.Bucket bucket) {
        return new TimeRange(bucket.start(), bucket.start().plus(shown.interval()));
    }

    /**
     * A chart whose drag selects a time range instead of zooming its axes, and whose click on a
     * bar acts on release, so that a drag starting on a bar is a drag, not a click.
     */
    private static final class ZoomingChart extends ChartComposite {

        private final Consumer<TimeRange> narrowTo;
        private TimeRange pressedBar;
        private boolean dragged;

        ZoomingChart(Composite parent, JFreeChart chart, Consumer<TimeRange> narrowTo) {
            // No pop-up menu: its zoom and print entries are English-only and would act on the chart alone.
            super(parent, SWT.NONE, chart, DEFAULT_WIDTH, DEFAULT_HEIGHT, NO_SCALING_BELOW, NO_SCALING_BELOW,
                    NO_SCALING_ABOVE, NO_SCALING_ABOVE, true, false, false, false, false, true);
            this.narrowTo = narrowTo;
            setDomainZoomable(true);
            setRangeZoomable(false);
        }

        void pressedOn(TimeRange bar) {
            pressedBar = bar;
        }

        @Override
        public void mouseUp(MouseEvent event) {
            dragged = false;
            super.mouseUp(event);
            TimeRange bar = pressedBar;
            pressedBar = null;
            if (!dragged && bar != null && event.button == 1) {
                narrowTo.accept(bar);
            }
        }

        /** Called by the chart when a drag to the right ends; the selection is in screen pixels. */
        @Override
        public void zoom(Rectangle selection) {
            dragged = true;
            Rectangle area = getScreenDataArea();
            ValueAxis axis = getChart().getXYPlot().getDomainAxis();
            long from = time(axis, area, selection.x).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
            long to = time(axis, area, selection.x + selection.width).toEpochMilli();
            long whole = (to + 999) / 1000 * 1000;
            if (area.width > 0 && whole > from) {
                narrowTo.accept(new TimeRange(Instant.ofEpochMilli(from), Instant.ofEpochMilli(whole)));
            }
        }

        /** A drag to the left would reset JFreeChart's own zoom, which this chart never uses. */
        @Override
        public void restoreAutoBounds() {
            dragged = true;
        }

        private static Instant time(ValueAxis axis, Rectangle area, int x) {
            double share = Math.clamp((x - area.x) / (double) Math.max(1, area.width), 0, 1);
            double span = axis.getUpperBound() - axis.getLowerBound();
            return Instant.ofEpochMilli(Math.round(axis.getLowerBound() + share * span));
        }
    }
}
