package org.vigil.core.report;

import java.util.List;

/**
 * One section of a {@link Document}: labelled values, figures, a table, then paragraphs; any part
 * may be empty. A dashboard panel is a section whose figure is its chart and whose table holds
 * the chart's numbers.
 *
 * @param heading the heading
 * @param fields label and value pairs
 * @param figures images with their captions
 * @param table a table, or {@code null}
 * @param paragraphs free text (Markdown as the operator wrote it)
 */
public record Section(String heading, List<Field> fields, List<Figure> figures, Table table, List<String> paragraphs) {

    /** Copies the lists. */
    public Section {
        fields = List.copyOf(fields);
        figures = List.copyOf(figures);
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * A section without figures.
     *
     * @param heading the heading
     * @param fields label and value pairs
     * @param table a table, or {@code null}
     * @param paragraphs free text (Markdown)
     */
    public Section(String heading, List<Field> fields, Table table, List<String> paragraphs) {
        this(heading, fields, List.of(), table, paragraphs);
    }
}
