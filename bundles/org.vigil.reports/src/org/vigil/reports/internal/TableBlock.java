package org.vigil.reports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.vigil.reports.internal.Markdown.Run;
import org.vigil.core.report.Field;
import org.vigil.core.report.Table;

/**
 * A table on the pages of a {@link PdfLayout}: cells wrap, a row too tall for the rest of the
 * page continues on the next one, and the header row is repeated there. The labelled fields of
 * a section are a table too, with the labels as a shaded first column and no header.
 */
final class TableBlock {

    private static final float SIZE = 9f;
    private static final float LEADING = 11.5f;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final float MAX_LABEL_SHARE = 0.36f;
    private static final float[] HEADER_FILL = { 0.87f, 0.91f, 0.96f };
    private static final float[] LABEL_FILL = { 0.95f, 0.96f, 0.97f };

    private final PdfLayout page;
    private final float[] widths;
    private final List<String> header;

    private TableBlock(PdfLayout page, float[] widths, List<String> header) {
        this.page = page;
        this.widths = widths;
        this.header = header;
    }

    static void fields(PdfLayout page, List<Field> fields) throws IOException {
        Fonts fonts = page.fonts();
        float label = 0;
        for (Field field : fields) {
            label = Math.max(label, Fonts.width(fonts.face(true), SIZE, fonts.printable(field.label())));
        }
        label = Math.min(label + 2 * PAD_X + 1, PdfLayout.WIDTH * MAX_LABEL_SHARE);
        TableBlock table = new TableBlock(page, new float[] { label, PdfLayout.WIDTH - label }, null);
        for (Field field : fields) {
            table.row(List.of(field.label(), field.value()), true);
        }
    }

    static void table(PdfLayout page, Table table) throws IOException {
        TableBlock block = new TableBlock(page, widths(page.fonts(), table), table.header());
        block.headerRow();
        for (List<String> row : table.rows()) {
            block.row(row, false);
        }
    }

    /** The header row, each title wrapped in its column rather than cut after its first line. */
    private void headerRow() throws IOException {
        List<List<List<Run>>> cells = cells(header, true, true);
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        page.ensure(LEADING * (lines + 2) + 4 * PAD_Y);
        draw(cells, HEADER_FILL, HEADER_FILL, new int[header.size()], lines);
        page.moveDown(height(lines));
    }

    /** Draws a row, spreading its lines over as many pages as they need. */
    private void row(List<String> values, boolean labelled) throws IOException {
        List<List<List<Run>>> cells = cells(values, labelled, false);
        int[] next = new int[cells.size()];
        int remaining = cells.stream().mapToInt(List::size).max().orElse(1);
        while (remaining > 0) {
            int fit = (int) Math.floor((page.y() - PdfLayout.BOTTOM - 2 * PAD_Y) / LEADING);
            if (fit < Math.min(remaining, 2)) {
                page.newPage();
                if (header != null) {
                    headerRow();
                }
                continue;
            }
            int take = Math.min(fit, remaining);
            draw(cells, labelled ? LABEL_FILL : null, null, next, take);
            page.moveDown(height(take));
            for (int i = 0; i < next.length; i++) {
                next[i] += take;
            }
            remaining -= take;
        }
    }

    private List<List<List<Run>>> cells(List<String> values, boolean firstBold, boolean allBold) {
        List<List<List<Run>>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String value = i < values.size() && values.get(i) != null ? values.get(i) : ""; //$NON-NLS-1$
            cells.add(Lines.plain(value, allBold || firstBold && i == 0, page.fonts(), SIZE, widths[i] - 2 * PAD_X));
        }
        return cells;
    }

    /** Draws lines {@code from[i]} to {@code from[i] + count} of each cell as one band of the row. */
    private void draw(List<List<List<Run>>> cells, float[] firstFill, float[] otherFill, int[] from, int count)
            throws IOException {
        float top = page.y();
        float x = PdfLayout.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float[] fill = i == 0 ? firstFill : otherFill;
            if (fill != null) {
                page.fill(x, top, widths[i], height(count), fill);
            }
            page.frame(x, top, widths[i], height(count));
            List<List<Run>> lines = cells.get(i);
            for (int line = from[i]; line < Math.min(lines.size(), from[i] + count); line++) {
                float lineTop = top - PAD_Y - (line - from[i]) * LEADING;
                page.text(x + PAD_X, PdfLayout.baseline(lineTop, SIZE, LEADING), lines.get(line), SIZE, PdfLayout.INK);
            }
            x += widths[i];
        }
    }

    private static float height(int lines) {
        return lines * LEADING + 2 * PAD_Y;
    }

    /**
     * Columns as wide as their longest line where the page allows; otherwise the narrow ones keep
     * their width and the wide ones share the rest equally, so that a long note is not squeezed
     * beside a long hash.
     */
    static float[] widths(Fonts fonts, Table table) {
        int columns = table.header().size();
        float[] natural = new float[columns];
        for (int i = 0; i < columns; i++) {
            natural[i] = natural(fonts, table.header().get(i), true);
            for (List<String> row : table.rows()) {
                natural[i] = Math.max(natural[i], natural(fonts, i < row.size() ? row.get(i) : "", false)); //$NON-NLS-1$
            }
        }
        return share(natural, PdfLayout.WIDTH);
    }

    private static float natural(Fonts fonts, String text, boolean bold) {
        float widest = 0;
        for (String line : (text == null ? "" : text).split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            widest = Math.max(widest, Fonts.width(fonts.face(bold), SIZE, fonts.printable(line.strip())));
        }
        return widest + 2 * PAD_X + 1;
    }

    static float[] share(float[] natural, float total) {
        float sum = 0;
        for (float width : natural) {
            sum += width;
        }
        float[] widths = natural.clone();
        if (sum <= total) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] += (total - sum) * natural[i] / sum;
            }
            return widths;
        }
        boolean[] fixed = new boolean[widths.length];
        float room = total;
        for (boolean changed = true; changed;) {
            changed = false;
            float share = room / flexible(fixed);
            for (int i = 0; i < widths.length; i++) {
                if (!fixed[i] && natural[i] <= share) {
                    fixed[i] = true;
                    room -= natural[i];
                    changed = true;
                }
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fixed[i] ? natural[i] : room / flexible(fixed);
        }
        return widths;
    }

    private static int flexible(boolean[] fixed) {
        int count = 0;
        for (boolean f : fixed) {
            count += f ? 0 : 1;
        }
        return count;
    }
}
