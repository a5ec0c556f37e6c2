package org.vigil.dashboards.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The colours of a chart, to match the workbench's light or dark appearance. The dark series
 * colours are lighter so that thin lines and small bars stay readable on the dark background.
 */
public enum ChartTheme {
    /** Dark text on white, as printed. */
    LIGHT(new Color(0xFFFFFF), new Color(0xFFFFFF), new Color(0xDDE1E6), new Color(0x1F2328), new Color(0x57606A),
            new Color(0xEEF3FA), new Color(0x0B4F9C),
            List.of(new Color(0x1F6FB8), new Color(0xD9822B), new Color(0x2E9E5B), new Color(0xC23B3A),
                    new Color(0x7D5BB5), new Color(0x17979E), new Color(0xC2518E), new Color(0x7F8C1E),
                    new Color(0x9C5B32), new Color(0x5B6B7D))),
    /** Light text on a dark grey, for the dark workbench theme. */
    DARK(new Color(0x1E1F22), new Color(0x26282C), new Color(0x3C3F45), new Color(0xE6E6E6), new Color(0xAEB4BC),
            new Color(0x2A3340), new Color(0x8CC4FF),
            List.of(new Color(0x4E9BE6), new Color(0xF2A93B), new Color(0x5CC08A), new Color(0xEF6F6C),
                    new Color(0xB48EDB), new Color(0x4CC3C9), new Color(0xE688B8), new Color(0xB9C45A),
                    new Color(0xE0A070), new Color(0xA3B4C8)));

    private final Color background;
    private final Color plotBackground;
    private final Color gridLines;
    private final Color text;
    private final Color secondaryText;
    private final Color heatLow;
    private final Color heatHigh;
    private final List<Color> series;

    ChartTheme(Color background, Color plotBackground, Color gridLines, Color text, Color secondaryText,
            Color heatLow, Color heatHigh, List<Color> series) {
        this.background = background;
        this.plotBackground = plotBackground;
        this.gridLines = gridLines;
        this.text = text;
        this.secondaryText = secondaryText;
        this.heatLow = heatLow;
        this.heatHigh = heatHigh;
        this.series = series;
    }

    /** @return behind the whole chart */
    public Color background() {
        return background;
    }

    /** @return behind the data area */
    public Color plotBackground() {
        return plotBackground;
    }

    /** @return the grid lines */
    public Color gridLines() {
        return gridLines;
    }

    /** @return titles, legends and labels */
    public Color text() {
        return text;
    }

    /** @return tick labels and axis lines */
    public Color secondaryText() {
        return secondaryText;
    }

    /** @return a heat map's cell with no hit */
    public Color heatLow() {
        return heatLow;
    }

    /** @return a heat map's busiest cell */
    public Color heatHigh() {
        return heatHigh;
    }

    /**
     * @param index the series' position, from 0
     * @return its colour; the palette repeats after ten series
     */
    public Color series(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    /**
     * @param chart a chart built by {@link PanelCharts} or by the workbench (Investigate's
     *            histogram), given this theme's colours and fonts; public since package version 0.1.1
     */
    public void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme(name());
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(plotBackground);
        theme.setPlotOutlinePaint(gridLines);
        theme.setDomainGridlinePaint(gridLines);
        theme.setRangeGridlinePaint(gridLines);
        theme.setTitlePaint(text);
        theme.setSubtitlePaint(text);
        theme.setLegendBackgroundPaint(background);
        theme.setLegendItemPaint(text);
        theme.setAxisLabelPaint(text);
        theme.setTickLabelPaint(secondaryText);
        theme.setItemLabelPaint(text);
        theme.setLabelLinkPaint(secondaryText);
        theme.setBaselinePaint(secondaryText);
        theme.setShadowVisible(false);
        // JFreeChart's default Tahoma is missing on most servers; the logical font finds one with Vietnamese.
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(series.toArray(Paint[]::new),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
    }
}
