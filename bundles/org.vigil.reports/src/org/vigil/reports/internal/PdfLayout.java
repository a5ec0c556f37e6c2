package org.vigil.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Figure;
import org.vigil.core.report.Marking;
import org.vigil.core.report.Section;
import org.vigil.reports.internal.Markdown.Block;
import org.vigil.reports.internal.Markdown.Run;

/**
 * Lays a {@link Document} out on A4 pages: a title block (or a title page when the document has a
 * cover), the marking at the top and bottom of
 * every page, a running header on the pages after the first, sections with their fields,
 * figures, tables and text, and "Page n of m" at the bottom. Text flows top to bottom; whatever
 * does not fit goes on a new page.
 */
public final class PdfLayout {

    static final float MARGIN = 50;
    static final float BOTTOM = 58;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float BODY = 9.5f;
    private static final float LEADING = 12.5f;
    private static final float SMALL = 8f;
    private static final float INDENT = 14;
    static final float[] INK = { 0.1f, 0.1f, 0.1f };
    static final float[] MUTED = { 0.4f, 0.4f, 0.4f };
    static final float[] RULE = { 0.62f, 0.66f, 0.72f };
    private static final float[] ACCENT = { 0.11f, 0.27f, 0.49f };

    private static final float CAPTION_GAP = 4;

    private final PDDocument document;
    private final Document report;
    private final ResourceBundle labels;
    private final Fonts fonts;
    private PDPageContentStream content;
    private float y;

    private PdfLayout(PDDocument document, Document report) throws IOException {
        this.document = document;
        this.report = report;
        // The report's own language, not the workbench's: a Vietnamese report from an English session.
        this.labels = ResourceBundle.getBundle(PdfLayout.class.getPackageName() + ".pages", //$NON-NLS-1$
                Locale.forLanguageTag(report.language()), PdfLayout.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.fonts = new Fonts(document);
    }

    /**
     * @param report the report
     * @param out where the PDF goes; left open
     * @throws IOException if it cannot be written
     */
    public static void write(Document report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(report.title() + " \u2013 " + report.reference()); //$NON-NLS-1$
            document.getDocumentInformation().setProducer("Vigil"); //$NON-NLS-1$
            document.getDocumentCatalog().setLanguage(report.language());
            PdfLayout layout = new PdfLayout(document, report);
            layout.body();
            document.save(out);
        }
    }

    private void body() throws IOException {
        try {
            newPage();
            titleBlock();
            for (Section section : report.sections()) {
                section(section);
            }
        } finally {
            if (content != null) {
                content.close();
            }
        }
        footers();
    }

    Fonts fonts() {
        return fonts;
    }

    /** @return the top of the free space on the page */
    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    /** Starts a new page unless {@code height} points are still free on this one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        float top = HEIGHT - 34;
        marking(PDRectangle.A4.getWidth() - MARGIN, top, 10);
        if (document.getNumberOfPages() > 1) {
            text(MARGIN, top, List.of(new Run(report.title() + " \u2013 " + report.reference(), false)), SMALL, MUTED); //$NON-NLS-1$
        }
        rule(top - 10, 0.6f);
        y = top - 22;
    }

    private void titleBlock() throws IOException {
        if (!report.cover().isEmpty()) {
            titlePage();
            return;
        }
        for (List<Run> line : Lines.plain(report.title().toUpperCase(Locale.forLanguageTag(report.language())), true,
                fonts, 14, WIDTH)) {
            centred(line, 14, 19, ACCENT);
        }
        moveDown(2);
        centred(List.of(new Run(report.reference(), true)), 12, 16, INK);
        centred(List.of(new Run(report.generated(), false)), SMALL, 12, MUTED);
        moveDown(4);
    }

    /**
     * A page of its own for a periodic report: the title a third down, then who reports, for which
     * period and when, each label above its value; the sections start on the next page.
     */
    private void titlePage() throws IOException {
        moveDown(HEIGHT * 0.22f);
        for (List<Run> line : Lines.plain(report.title().toUpperCase(Locale.forLanguageTag(report.language())), true,
                fonts, 20, WIDTH)) {
            centred(line, 20, 27, ACCENT);
        }
        moveDown(6);
        for (List<Run> line : Lines.plain(report.reference(), true, fonts, 14, WIDTH)) {
            centred(line, 14, 19, INK);
        }
        moveDown(40);
        for (Field field : report.cover()) {
            centred(List.of(new Run(field.label(), false)), SMALL, 12, MUTED);
            for (List<Run> line : Lines.plain(field.value(), true, fonts, 11, WIDTH)) {
                centred(line, 11, 15, INK);
            }
            moveDown(12);
        }
        newPage();
    }

    private void centred(List<Run> line, float size, float leading, float[] colour) throws IOException {
        text(MARGIN + (WIDTH - Lines.width(line, fonts, size)) / 2, baseline(y, size, leading), line, size, colour);
        moveDown(leading);
    }

    private void section(Section section) throws IOException {
        // A heading stays with what follows it: three lines, or its first figure.
        ensure(18 + 22 + (section.figures().isEmpty() ? 3 * LEADING : printedHeight(section.figures().get(0))));
        moveDown(10);
        text(MARGIN, baseline(y, 11.5f, 16), Lines.plain(section.heading(), true, fonts, 11.5f, WIDTH).get(0), 11.5f,
                ACCENT);
        moveDown(16);
        colour(true, ACCENT);
        content.setLineWidth(0.8f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        moveDown(6);
        if (!section.fields().isEmpty()) {
            TableBlock.fields(this, section.fields());
        }
        for (Figure figure : section.figures()) {
            figure(figure);
        }
        if (section.table() != null && !section.table().rows().isEmpty()) {
            TableBlock.table(this, section.table());
        }
        for (String paragraph : section.paragraphs()) {
            markdown(paragraph);
        }
    }

    /**
     * A figure as wide as the text, or half its pixel width when that is less, so that a chart
     * drawn at twice its printed size prints sharp and a small one is not blown up.
     */
    private void figure(Figure figure) throws IOException {
        PDImageXObject image = LosslessFactory.createFromImage(document, figure.image());
        float width = printedWidth(figure);
        float height = width * image.getHeight() / image.getWidth();
        List<List<Run>> caption = Lines.plain(figure.caption(), false, fonts, SMALL, WIDTH);
        ensure(height + CAPTION_GAP + caption.size() * LEADING);
        moveDown(2);
        content.drawImage(image, MARGIN + (WIDTH - width) / 2, y - height, width, height);
        moveDown(height + CAPTION_GAP);
        for (List<Run> line : caption) {
            centred(line, SMALL, LEADING, MUTED);
        }
        moveDown(4);
    }

    private static float printedWidth(Figure figure) {
        return Math.min(WIDTH, figure.image().getWidth() / 2f);
    }

    /** @return the figure's height on the page with its gap, without its caption */
    private static float printedHeight(Figure figure) {
        return printedWidth(figure) * figure.image().getHeight() / figure.image().getWidth() + CAPTION_GAP + LEADING;
    }

    private void markdown(String text) throws IOException {
        boolean afterItem = false;
        for (Block block : Markdown.blocks(text)) {
            boolean heading = block.marker().isEmpty() && block.indent() == 0 && block.runs().size() == 1
                    && block.runs().get(0).bold();
            boolean item = !block.marker().isEmpty();
            // A list keeps its items close and stands apart from the text around it.
            moveDown(heading || afterItem && !item ? 5 : 2);
            afterItem = item;
            float left = MARGIN + block.indent() * INDENT;
            List<List<Run>> lines = Lines.wrap(block.runs(), fonts, BODY, WIDTH - block.indent() * INDENT);
            for (int i = 0; i < lines.size(); i++) {
                ensure(LEADING);
                marker(block, left, i == 0);
                text(left, baseline(y, BODY, LEADING), lines.get(i), BODY, INK);
                moveDown(LEADING);
            }
            moveDown(block.marker().isEmpty() ? 4 : 1);
        }
    }

    /** The list marker on the item's first line, or a quote's bar beside each of its lines. */
    private void marker(Block block, float left, boolean first) throws IOException {
        if (!block.marker().isEmpty() && first) {
            List<Run> marker = List.of(new Run(block.marker(), false));
            text(left - 4 - Lines.width(marker, fonts, BODY), baseline(y, BODY, LEADING), marker, BODY, INK);
        } else if (block.marker().isEmpty() && block.indent() > 0) {
            fill(left - 9, y, 2, LEADING, RULE);
        }
    }

    static float baseline(float top, float size, float leading) {
        return top - leading / 2 - 0.36f * size;
    }

    void text(float x, float baseline, List<Run> line, float size, float[] colour) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        colour(false, colour);
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (Run run : line) {
            content.setFont(fonts.face(run.bold()), size);
            content.showText(fonts.printable(run.text()));
        }
        content.endText();
    }

    void fill(float x, float top, float width, float height, float[] colour) throws IOException {
        colour(false, colour);
        content.addRect(x, top - height, width, height);
        content.fill();
    }

    void frame(float x, float top, float width, float height) throws IOException {
        colour(true, RULE);
        content.setLineWidth(0.5f);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    private void rule(float at, float width) throws IOException {
        colour(true, RULE);
        content.setLineWidth(width);
        content.moveTo(MARGIN, at);
        content.lineTo(MARGIN + WIDTH, at);
        content.stroke();
    }

    private void colour(boolean stroke, float[] rgb) throws IOException {
        if (stroke) {
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The marking as TLP 2.0 prints it: coloured capitals on black, right-aligned. */
    private void marking(float right, float baseline, float size) throws IOException {
        Marking marking = report.marking();
        if (marking == null) {
            return;
        }
        List<Run> label = List.of(new Run(marking.label(), true));
        float width = Lines.width(label, fonts, size) + 2 * 4;
        fill(right - width, baseline + size * 0.95f + 1, width, size * 1.3f + 2, new float[] { 0, 0, 0 });
        int rgb = marking.rgb();
        text(right - width + 4, baseline, label, size,
                new float[] { (rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f });
    }

    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    AppendMode.APPEND, true, true)) {
                content = footer;
                rule(BOTTOM - 16, 0.6f);
                List<Run> number = List.of(new Run(String.format(labels.getString("page"), i + 1, pages), false)); //$NON-NLS-1$
                text(MARGIN + (WIDTH - Lines.width(number, fonts, SMALL)) / 2, BOTTOM - 30, number, SMALL, MUTED);
                text(MARGIN, BOTTOM - 30, List.of(new Run(report.reference(), false)), SMALL, MUTED);
                marking(MARGIN + WIDTH, BOTTOM - 30, SMALL);
            }
        }
        content = null;
    }
}
