package org.vigil.dashboards;

import java.util.List;

/**
 * A panel's figures as a table: named columns and rows of values. A series over time has the
 * bucket start ({@link java.time.Instant}) in its first column and one column per series.
 * Values are {@link String}s, {@link Long}s, {@link Double}s, {@link java.time.Instant}s or
 * {@link java.time.LocalDate}s; a missing value is {@code null}.
 *
 * @param columns the column names, machine-readable words such as {@code count}
 * @param rows the rows, each as long as the columns
 * @param approximate whether the engine estimated the figures (a distinct count above
 *            Elasticsearch's precision threshold); exact ones are not
 */
public record FigureTable(List<String> columns, List<List<Object>> rows, boolean approximate) {

    /**
     * @param columns the column names
     * @param rows the rows, each as long as the columns
     */
    public FigureTable(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, false);
    }

    /** Keeps immutable copies; null values stay allowed in rows. */
    public FigureTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(row + " does not fit " + columns); //$NON-NLS-1$
            }
        }
    }

    /**
     * @param column a column name
     * @return its values, row by row
     */
    public List<Object> column(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not one of " + columns); //$NON-NLS-1$
        }
        return rows.stream().map(row -> row.get(index)).toList();
    }
}
