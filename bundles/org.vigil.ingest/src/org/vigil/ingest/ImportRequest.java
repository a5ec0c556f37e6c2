package org.vigil.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FileImporter} is asked to import.
 *
 * @param files the files, plain or gzip-compressed, imported in this order
 * @param formatId the id of the {@link LogFormat} of every file, or empty to detect each file's
 * @param zone the zone of timestamps that carry no offset, see {@link ParseOptions#zone()}
 * @param batchSize how many events are written to the target at a time; memory holds a few batches
 *            (one being written, a couple parsed ahead, one being filled)
 */
public record ImportRequest(List<Path> files, Optional<String> formatId, ZoneId zone, int batchSize) {

    /** Written at a time: large enough that a commit per batch costs little, small enough for flat memory. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    /** Copies the files and checks the batch size. */
    public ImportRequest {
        files = List.copyOf(files);
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(zone, "zone");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
    }

    /**
     * @param files the files to import
     * @return a request that detects each file's format, in {@link ParseOptions#DEFAULT_ZONE}, in
     *         batches of {@link #DEFAULT_BATCH_SIZE}
     */
    public static ImportRequest of(List<Path> files) {
        return new ImportRequest(files, Optional.empty(), ParseOptions.DEFAULT_ZONE, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param id the format every file is in, as the user chose it
     * @return this request without format detection
     */
    public ImportRequest withFormat(String id) {
        return new ImportRequest(files, Optional.of(id), zone, batchSize);
    }

    /**
     * @param size how many events to write at a time
     * @return this request with that batch size
     */
    public ImportRequest withBatchSize(int size) {
        return new ImportRequest(files, formatId, zone, size);
    }
}
