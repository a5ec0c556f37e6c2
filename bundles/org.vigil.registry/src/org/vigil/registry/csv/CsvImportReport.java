package org.vigil.registry.csv;

import java.util.List;

/**
 * What a CSV import did.
 *
 * @param agencies agencies added or replaced
 * @param created systems added
 * @param updated systems updated (their id was in the registry already)
 * @param rejections rows not imported, with line and reason
 * @param warnings rows imported with a warning (an asset another system claims too)
 */
public record CsvImportReport(int agencies, int created, int updated, List<CsvRejection> rejections,
        List<CsvRejection> warnings) {

    /** Copies the lists. */
    public CsvImportReport {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    /** @return whether every row was imported */
    public boolean complete() {
        return rejections.isEmpty();
    }
}
