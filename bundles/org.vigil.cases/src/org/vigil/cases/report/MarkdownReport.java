package org.vigil.cases.report;

import java.util.List;

import org.vigil.cases.report.IncidentReport.Field;
import org.vigil.cases.report.IncidentReport.Section;
import org.vigil.cases.report.IncidentReport.Table;

/** Lays an {@link IncidentReport} out as Markdown (CommonMark with GitHub tables). */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * @param report the report
     * @return its Markdown text
     */
    public static String render(IncidentReport report) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(report.title()).append(" — ").append(report.caseNumber()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append("**").append(report.tlp().label()).append("** · _").append(report.generated()).append("_\n"); //$NON-NLS-1$ //$NON-NLS-2$
        report.sections().forEach(section -> section(out, section));
        return out.toString();
    }

    private static void section(StringBuilder out, Section section) {
        out.append("\n## ").append(section.heading()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Field field : section.fields()) {
            out.append("- **").append(field.label()).append(":** ").append(inline(field.value())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
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
