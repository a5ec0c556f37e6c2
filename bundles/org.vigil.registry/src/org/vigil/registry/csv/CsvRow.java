package org.vigil.registry.csv;

/**
 * A row of a CSV file read into a value.
 *
 * @param line the line it starts on
 * @param value what it holds
 */
public record CsvRow<T>(int line, T value) {
}
