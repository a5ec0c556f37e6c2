package org.vigil.ingest;

import java.util.Objects;

/**
 * A record of a log file that could not become an event, reported instead of stopping the file.
 *
 * @param file the file as the user named it
 * @param lineNumber the 1-based number of the record's first line
 * @param reason why, in the user's language
 */
public record Rejection(String file, long lineNumber, String reason) {

    /** Requires a file and a reason, which the import report shows. */
    public Rejection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
