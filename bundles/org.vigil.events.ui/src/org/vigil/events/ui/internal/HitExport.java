package org.vigil.events.ui.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.vigil.core.model.EcsNdjson;
import org.vigil.events.Cancellation;
import org.vigil.events.Paging;
import org.vigil.events.EventSource;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * Writes every hit of a search, not just the loaded page, to an NDJSON file by paging through
 * the source's cursor. A cancelled export leaves no partial file behind: it writes to a
 * temporary file and moves it into place only when complete.
 */
final class HitExport {

    private static final int PAGE = 2_000;

    private HitExport() {
    }

    /**
     * @param source the source searched
     * @param first the search, its page size is ignored
     * @param target the file to write
     * @param progress told how many hits are written so far
     * @param cancellation lets the operator stop
     * @return how many hits were written
     * @throws SourceException if the source fails or the export was cancelled
     * @throws IOException if the file cannot be written
     */
    static long toNdjson(EventSource source, SearchRequest first, Path target, LongConsumer progress,
            Cancellation cancellation) throws SourceException, IOException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".vigil-export", ".part");
        long written;
        long[] counted = { 0 };
        try {
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                SearchRequest request = new SearchRequest(first.query(), first.sortField(), first.ascending(), PAGE, null);
                written = Paging.forEachHit(source, request, Long.MAX_VALUE, cancellation, event -> {
                    EcsNdjson.write(event, out);
                    if (++counted[0] % PAGE == 0) {
                        progress.accept(counted[0]);
                    }
                });
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
