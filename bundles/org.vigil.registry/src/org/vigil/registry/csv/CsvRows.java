package org.vigil.registry.csv;

import java.util.List;

/**
 * What a CSV file read into: the rows whose cells parsed, and the rows that did not.
 *
 * @param file the file's name, as rejections give it
 * @param rows the rows read, in file order
 * @param rejections the rows not read, with line and reason
 */
public record CsvRows<T>(String file, List<CsvRow<T>> rows, List<CsvRejection> rejections) {

    /** Copies the lists. */
    public CsvRows {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }
}
