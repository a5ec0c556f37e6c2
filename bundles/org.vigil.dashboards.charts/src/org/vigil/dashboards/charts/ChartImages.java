package org.vigil.dashboards.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as an image, without a display: PNG for the workbench's export and the reports' pages,
 * SVG where it should stay sharp at any size. Run with {@code java.awt.headless=true} on a server.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /**
     * @param chart the chart
     * @param width its width in points
     * @param height its height in points
     * @param scale pixels per point: 1 for the screen, 2 or more for print
     * @return the chart drawn at that size
     */
    public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
        if (width < 1 || height < 1 || !(scale > 0)) {
            throw new IllegalArgumentException(width + " x " + height + " at " + scale); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param chart the chart
     * @param width its width in points
     * @param height its height in points
     * @param scale pixels per point
     * @param out where the PNG goes; left open
     * @throws IOException if it cannot be written
     */
    public static void writePng(JFreeChart chart, int width, int height, double scale, OutputStream out)
            throws IOException {
        if (!ImageIO.write(image(chart, width, height, scale), "png", out)) { //$NON-NLS-1$
            throw new IOException("no PNG writer in this Java"); //$NON-NLS-1$
        }
    }

    /**
     * @param chart the chart
     * @param width its width in points
     * @param height its height in points
     * @param scale pixels per point
     * @return the PNG's bytes
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writePng(chart, width, height, scale, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param chart the chart
     * @param width its width in points
     * @param height its height in points
     * @return an SVG document, its text as text elements (searchable, in the reader's fonts)
     */
    public static String svg(JFreeChart chart, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(width + " x " + height); //$NON-NLS-1$
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * @param chart the chart
     * @param width its width in points
     * @param height its height in points
     * @param out where the SVG goes, UTF-8; left open
     * @throws IOException if it cannot be written
     */
    public static void writeSvg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        out.write(svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
    }
}
