package org.vigil.events.ui.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.LongConsumer;

import org.vigil.core.model.EcsNdjson;
import org.vigil.events.Cancellation;
import org.vigil.events.CsvHits;
import org.vigil.events.EventSource;
import org.vigil.events.Paging;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * Writes every hit of a search, not just the loaded pages, to a file by paging through the
 * source's cursor, as NDJSON or as CSV. A cancelled export leaves no partial file behind: it
 * writes to a hidden file beside the target and moves it into place only when complete.
 */
final class HitExport {

    /** How hits are written: starts the file, then takes the hits one by one. */
    @FunctionalInterface
    interface Format {
        /**
         * @param out the file being written
         * @return what writes each hit
         * @throws IOException if writing the start of the file fails
         */
        Paging.HitConsumer<IOException> start(Writer out) throws IOException;
    }

    /** One ECS JSON object a line, as the importers and Elasticsearch's {@code _bulk} read. */
    static final Format NDJSON = out -> event -> EcsNdjson.write(event, out);

    private static final int PAGE = 2_000;

    private HitExport() {
    }

    /**
     * @param columns the columns, named as {@link CsvHits} names them
     * @return RFC 4180 CSV with those columns
     */
    static Format csv(List<String> columns) {
        return out -> CsvHits.start(out, columns);
    }

    /**
     * @param source the source searched
     * @param first the search, its page size is ignored
     * @param target the file to write
     * @param format how to write the hits
     * @param progress told how many hits are written so far, every page
     * @param cancellation lets the operator stop
     * @return how many hits were written
     * @throws SourceException if the source fails or the export was cancelled
     * @throws IOException if the file cannot be written
     */
    static long write(EventSource source, SearchRequest first, Path target, Format format, LongConsumer progress,
            Cancellation cancellation) throws SourceException, IOException {
        // Beside the target and created plainly: a temporary file would be readable by its owner only.
        Path partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".part");
        long[] counted = { 0 };
        try {
            long written;
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                Paging.HitConsumer<IOException> hits = format.start(out);
                SearchRequest request = new SearchRequest(first.query(), first.sortField(), first.ascending(), PAGE,
                        null);
                written = Paging.forEachHit(source, request, Long.MAX_VALUE, cancellation, event -> {
                    hits.accept(event);
                    if (++counted[0] % PAGE == 0) {
                        progress.accept(counted[0]);
                    }
                });
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
