package org.vigil.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link FileImporter} run: one {@link FileReport} per file that was started, in
 * the order of the request, and the totals over them.
 *
 * @param files the reports of the files started; after a cancellation, the files not started
 *            are missing
 * @param cancelled whether the run was cancelled; what was imported before stays
 */
public record ImportReport(List<FileReport> files, boolean cancelled) {

    /** Copies the file reports. */
    public ImportReport {
        files = List.copyOf(files);
    }

    /** @return the lines read over every file */
    public long linesRead() {
        return files.stream().mapToLong(FileReport::linesRead).sum();
    }

    /** @return the events written over every file */
    public long eventsImported() {
        return files.stream().mapToLong(FileReport::eventsImported).sum();
    }

    /** @return every rejection, file by file, in file order */
    public List<Rejection> rejections() {
        return files.stream().flatMap(file -> file.rejections().stream()).toList();
    }

    /**
     * Added in package version 0.1.4.
     *
     * @return the conflicting fields over every file, one per field and pair of types, with the
     *         counts added up, in the order first seen
     */
    public List<Conflict> conflicts() {
        Map<List<Object>, Conflict> merged = new LinkedHashMap<>();
        files.stream().flatMap(file -> file.conflicts().stream()).forEach(conflict -> merged.merge(
                List.of(conflict.field(), conflict.storedAs(), conflict.shadowedAs()), conflict,
                (first, next) -> new Conflict(first.field(), first.storedAs(), first.shadowedAs(),
                        first.count() + next.count())));
        return List.copyOf(merged.values());
    }

    /** @return whether every file was imported to its end, with no line rejected, and nothing cancelled */
    public boolean complete() {
        return !cancelled && files.stream().allMatch(file -> file.imported() && file.rejections().isEmpty());
    }
}
