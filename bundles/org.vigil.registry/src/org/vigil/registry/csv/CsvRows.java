package org.vigil.registry.csv;

import java.util.List;
import java.util.Set;

/**
 * What a CSV file read into: the rows whose cells parsed, and the rows that did not.
 *
 * @param file the file's name, as rejections give it
 * @param columns the fields the file has columns for
 * @param rows the rows read, in file order
 * @param rejections the rows not read, with line and reason
 */
public record CsvRows<T>(String file, Set<String> columns, List<CsvRow<T>> rows, List<CsvRejection> rejections) {

    /** Copies the lists. */
    public CsvRows {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }
}
