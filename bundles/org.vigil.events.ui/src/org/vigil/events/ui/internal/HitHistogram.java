package org.vigil.events.ui.internal;

import java.awt.Color;
import java.awt.Font;
import java.time.Duration;

import java.util.TimeZone;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Histogram;

/**
 * Hits over time above the results, drawn with JFreeChart in the operator's time zone. Clicking
 * a bar narrows the search to that bucket.
 */
final class HitHistogram {

    private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);

    private final ChartComposite chart;
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final XYSeries series = new XYSeries(Messages.Histogram_hits, true, false);
    private final XYSeriesCollection counts = new XYSeriesCollection(series);
    private Histogram shown;

    HitHistogram(Composite parent, Consumer<TimeRange> narrowTo) {
        JFreeChart jfree = ChartFactory.createXYBarChart(null, null, true, null, counts,
                PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = jfree.getXYPlot();
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTimeZone(TimeZone.getDefault());
        time.setTickLabelFont(TICKS);
        NumberAxis hits = (NumberAxis) plot.getRangeAxis();
        hits.setTickLabelFont(TICKS);
        // Counts are whole numbers, and an empty result still needs a sensible 0..1 axis.
        hits.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        hits.setAutoRangeMinimumSize(1);
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        plot.setBackgroundPaint(Color.WHITE);
        jfree.setBackgroundPaint(Color.WHITE);
        chart = new ChartComposite(parent, SWT.NONE, jfree, true);
        chart.setDomainZoomable(false);
        chart.setRangeZoomable(false);
        chart.addChartMouseListener(new org.jfree.chart.ChartMouseListener() {
            @Override
            public void chartMouseClicked(org.jfree.chart.ChartMouseEvent event) {
                if (event.getEntity() instanceof XYItemEntity item && shown != null) {
                    Histogram.Bucket bucket = shown.buckets().get(item.getItem());
                    narrowTo.accept(new TimeRange(bucket.start(), bucket.start().plus(shown.interval())));
                }
            }

            @Override
            public void chartMouseMoved(org.jfree.chart.ChartMouseEvent event) {
                // Only clicks narrow the range.
            }
        });
    }

    Composite control() {
        return chart;
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
    }

    void clear() {
        shown = null;
        series.clear();
    }

}
