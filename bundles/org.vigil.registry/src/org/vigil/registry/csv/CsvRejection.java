package org.vigil.registry.csv;

/**
 * A row of a CSV file that was not imported, or imported with a warning.
 *
 * @param file the file, as named to the import
 * @param line the line the row starts on, counting from 1
 * @param reason why, naming the field: {@code level: the level must be 1 to 5, not 7}
 */
public record CsvRejection(String file, int line, String reason) {

    /** @return {@code file:line: reason}, which editors and terminals turn into links */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
