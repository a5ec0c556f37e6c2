package org.vigil.ingest;

import java.util.List;

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

    /** @return whether every file was imported to its end, with no line rejected, and nothing cancelled */
    public boolean complete() {
        return !cancelled && files.stream().allMatch(file -> file.imported() && file.rejections().isEmpty());
    }
}
