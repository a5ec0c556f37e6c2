package org.vigil.core.report;

import java.util.List;

/**
 * A report already worded in one language, ready to be laid out as a file ({@code org.vigil.reports.ReportFormat}): an
 * incident report of a case, a dashboard's period report. The renderers only lay it out, so that
 * the PDF and the Markdown of one report always say the same.
 *
 * @param language {@code vi} or {@code en}: the language of the page numbers and of the file's
 *            metadata
 * @param title the report's title, printed large on the first page
 * @param reference what identifies this report under its title (a case number, a period),
 *            repeated in the running header and the footer of every page
 * @param marking a sharing marking printed at the top and bottom of every page, or {@code null}
 * @param generated when it was made, worded ("Generated 2026-11-20 09:30")
 * @param sections the sections, in reading order
 */
public record Document(String language, String title, String reference, Marking marking, String generated,
        List<Section> sections) {

    /** Copies the sections. */
    public Document {
        sections = List.copyOf(sections);
    }
}
