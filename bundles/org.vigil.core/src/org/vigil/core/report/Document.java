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
 * @param cover what a title page of its own shows under the title and reference (the reporting
 *            unit, the period, the date of issue); empty for a report that starts on its first page.
 *            Added in package version 0.1.1
 */
public record Document(String language, String title, String reference, Marking marking, String generated,
        List<Section> sections, List<Field> cover) {

    /** Copies the sections and the cover. */
    public Document {
        sections = List.copyOf(sections);
        cover = List.copyOf(cover);
    }

    /**
     * A report without a title page.
     *
     * @param language {@code vi} or {@code en}
     * @param title the title
     * @param reference what identifies it
     * @param marking a sharing marking, or {@code null}
     * @param generated when it was made, worded
     * @param sections the sections
     */
    public Document(String language, String title, String reference, Marking marking, String generated,
            List<Section> sections) {
        this(language, title, reference, marking, generated, sections, List.of());
    }
}
