package org.vigil.dashboards.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/** A heat map's colours: from the theme's empty cell to its busiest, in proportion to the count. */
final class HeatScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    private final Color low;
    private final Color high;
    private final double most;

    HeatScale(Color low, Color high, double most) {
        this.low = low;
        this.high = high;
        this.most = most;
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return most;
    }

    @Override
    public Paint getPaint(double value) {
        double share = Math.max(0, Math.min(1, value / most));
        return new Color(mix(low.getRed(), high.getRed(), share), mix(low.getGreen(), high.getGreen(), share),
                mix(low.getBlue(), high.getBlue(), share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
