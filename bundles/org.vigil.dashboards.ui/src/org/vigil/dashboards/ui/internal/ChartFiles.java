package org.vigil.dashboards.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Placeholder until the charts bundle's writers are merged. */
final class ChartFiles {

    static final int WIDTH = 1200;
    static final int HEIGHT = 700;

    private ChartFiles() {
    }

    static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, width, height);
        return out.toByteArray();
    }

    static String svg(JFreeChart chart, int width, int height) throws IOException {
        throw new IOException("SVG not yet available"); //$NON-NLS-1$
    }
}
