package org.vigil.core.report;

import java.util.List;

/**
 * @param header the column titles
 * @param rows the rows, as many cells as titles
 */
public record Table(List<String> header, List<List<String>> rows) {

    /** Copies the lists. */
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
