package org.vigil.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Figure;
import org.vigil.core.report.Section;
import org.vigil.core.report.Table;
import org.vigil.reports.ReportFormat;

/**
 * A report with charts, as a dashboard's period report is: each chart printed where its section
 * is, with its caption and its table beneath; a report without a marking prints none.
 */
class FigureLayoutTest {

    private static final int CHART_RED = 0xD62728;

    @TempDir
    Path dir;

    @Test
    void aFigureIsPrintedInItsSectionWithItsCaptionAndItsTableBeneath() throws IOException {
        Path file = dir.resolve("period.pdf");
        ReportFormat.PDF.write(report(), file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertEquals(1, pdf.getNumberOfPages(), text);
            for (String expected : List.of("BÁO CÁO ĐỊNH KỲ", "Sự kiện theo mức độ", "Hình 1: sự kiện theo ngày",
                    "Ngày Số sự kiện", "2026-11-01 1.204", "Trang 1/1")) {
                assertTrue(text.contains(expected), expected + " missing from\n" + text);
            }
            assertTrue(text.indexOf("Hình 1") < text.indexOf("Ngày Số sự kiện"), "the table is not beneath the chart");
            assertFalse(text.contains("TLP"), text);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            assertTrue(count(page, CHART_RED) > 20_000, "the chart's red bar is not on the page");
        }
    }

    @Test
    void markdownNamesTheFigureByItsCaption() {
        String text = ReportFormat.MARKDOWN.text(report());

        assertTrue(text.startsWith("# Báo cáo định kỳ — 01/11/2026 – 30/11/2026\n\n_Lập ngày 2026-12-01_\n"), text);
        assertTrue(text.contains("*Hình 1: sự kiện theo ngày*"), text);
        assertTrue(text.contains("| 2026-11-01 | 1.204 |"), text);
    }

    private static Document report() {
        BufferedImage chart = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = chart.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 500);
        g.setColor(new Color(CHART_RED));
        g.fillRect(100, 100, 800, 300);
        g.dispose();
        Section section = new Section("Sự kiện theo mức độ", List.<Field>of(),
                List.of(new Figure("Hình 1: sự kiện theo ngày", chart)),
                new Table(List.of("Ngày", "Số sự kiện"), List.of(List.of("2026-11-01", "1.204"))), List.of());
        return new Document("vi", "Báo cáo định kỳ", "01/11/2026 – 30/11/2026", null, "Lập ngày 2026-12-01",
                List.of(section));
    }

    /** How many pixels are about this colour. */
    private static int count(BufferedImage image, int rgb) {
        int found = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int pixel = image.getRGB(x, y);
                if (Math.abs((pixel >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= 8
                        && Math.abs((pixel >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= 8
                        && Math.abs((pixel & 0xFF) - (rgb & 0xFF)) <= 8) {
                    found++;
                }
            }
        }
        return found;
    }
}
