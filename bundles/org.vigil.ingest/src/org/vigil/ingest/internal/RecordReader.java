package org.vigil.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Splits a file into records, one per non-blank line; formats with multi-line records override
 * {@link #continues}, up to a MiB per record. Blank lines are skipped silently, since log shippers often leave a
 * trailing one, and a UTF-8 byte-order mark at the start is dropped.
 */
class RecordReader implements RecordSource {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // A stray quote must not swallow the rest of a huge file into one record: past this size the
    // record ends, and its parser rejects it.
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final BufferedReader reader;
    private long lineNumber;

    /** @param reader the file's text, positioned at its start */
    RecordReader(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public SourceRecord next() throws IOException {
        String line = nextLine();
        while (line != null && line.isBlank()) {
            line = nextLine();
        }
        if (line == null) {
            return null;
        }
        long first = lineNumber;
        if (line.length() >= MAX_RECORD_CHARS || !continues(line)) {
            // The line as read: copying it in and out of a builder cost a tenth of parsing NDJSON.
            return new SourceRecord(first, line);
        }
        StringBuilder text = new StringBuilder(line);
        while (text.length() < MAX_RECORD_CHARS && continues(text)) {
            String more = nextLine();
            if (more == null) {
                break;
            }
            text.append('\n').append(more);
        }
        return new SourceRecord(first, text.toString());
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * @param recordSoFar the lines of the current record read so far
     * @return whether the record goes on with the next line
     */
    boolean continues(CharSequence recordSoFar) {
        return false;
    }

    private String nextLine() throws IOException {
        String line = reader.readLine();
        if (line != null && ++lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            return line.substring(1);
        }
        return line;
    }
}
