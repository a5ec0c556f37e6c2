package org.vigil.reports.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.vigil.core.report.Document;

/**
 * A report as one PNG image: its PDF pages drawn one under the other with a grey gap between
 * them, so that the picture says exactly what the PDF says (one layout, not two) and stays one file
 * to attach or paste into a chat.
 */
public final class PageImages {

    /** Dots per inch: an A4 page is 827 × 1169 pixels, readable on a screen without zooming. */
    static final float DPI = 100;
    private static final int GAP = 12;

    private PageImages() {
    }

    /**
     * @param report the report
     * @param out where the PNG goes; left open
     * @throws IOException if it cannot be written
     */
    public static void write(Document report, OutputStream out) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfLayout.write(report, pdf);
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
        }
        int width = pages.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = pages.stream().mapToInt(BufferedImage::getHeight).sum() + GAP * (pages.size() - 1);
        BufferedImage all = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        try {
            g.setColor(new Color(0x8A8F98));
            g.fillRect(0, 0, width, height);
            int y = 0;
            for (BufferedImage page : pages) {
                g.drawImage(page, 0, y, null);
                y += page.getHeight() + GAP;
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(all, "png", out)) { //$NON-NLS-1$
            throw new IOException("no PNG writer in this Java"); //$NON-NLS-1$
        }
    }
}
