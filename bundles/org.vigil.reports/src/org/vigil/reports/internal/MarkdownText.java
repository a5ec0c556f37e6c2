package org.vigil.reports.internal;

import java.util.List;

import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Figure;
import org.vigil.core.report.Section;
import org.vigil.core.report.Table;

/**
 * Lays a {@link Document} out as Markdown (CommonMark with GitHub tables). A figure is its
 * caption only: Markdown has no portable way to carry a picture inside the text.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * @param report the report
     * @return its Markdown text
     */
    public static String render(Document report) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(report.title()).append(" — ").append(report.reference()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (report.marking() != null) {
            out.append("**").append(report.marking().label()).append("** · "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append('_').append(report.generated()).append("_\n"); //$NON-NLS-1$
        report.sections().forEach(section -> section(out, section));
        return out.toString();
    }

    private static void section(StringBuilder out, Section section) {
        out.append("\n## ").append(section.heading()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Field field : section.fields()) {
            out.append("- **").append(field.label()).append(":** ").append(inline(field.value())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Figure figure : section.figures()) {
            out.append("\n*").append(inline(figure.caption())).append("*\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (section.table() != null && !section.table().rows().isEmpty()) {
            table(out, section.table());
        }
        section.paragraphs().forEach(paragraph -> out.append(paragraph.strip()).append("\n\n")); //$NON-NLS-1$
    }

    private static void table(StringBuilder out, Table table) {
        row(out, table.header());
        out.append('|').append(" --- |".repeat(table.header().size())).append('\n'); //$NON-NLS-1$
        table.rows().forEach(row -> row(out, row));
        out.append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(inline(cell).replace("|", "\\|")).append(" |")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append('\n');
    }

    /** Keeps a multi-line value (contacts) inside its list item or cell. */
    private static String inline(String value) {
        return value.strip().replace("\r\n", "\n").replace("\n", "; "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
