package org.vigil.ingest.internal;

import java.io.IOException;

/** The records of a file, in order, read as text ({@link RecordReader}) or as bytes ({@link Utf8RecordReader}). */
interface RecordSource {

    /**
     * @return the next record, or {@code null} at the end of the file
     * @throws IOException when the file cannot be read
     */
    SourceRecord next() throws IOException;

    /** @return the number of the last line read */
    long lineNumber();
}
