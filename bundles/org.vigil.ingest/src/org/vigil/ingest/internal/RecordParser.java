package org.vigil.ingest.internal;

import java.nio.charset.StandardCharsets;

/** Parses the records of one file; may keep per-file state such as a header. */
interface RecordParser {

    /**
     * @param text a record's text
     * @return its event content, or {@code null} for a record that describes the file (a header)
     * @throws RejectedRecordException when the record cannot become an event
     */
    ParsedRecord parse(String text) throws RejectedRecordException;

    /**
     * The same from a record's well-formed UTF-8 bytes; parsers that read bytes faster than text
     * override it.
     *
     * @param utf8 the array holding the bytes
     * @param offset where they start
     * @param length how many there are
     * @return its event content, or {@code null} for a record that describes the file
     * @throws RejectedRecordException when the record cannot become an event
     */
    default ParsedRecord parse(byte[] utf8, int offset, int length) throws RejectedRecordException {
        return parse(new String(utf8, offset, length, StandardCharsets.UTF_8));
    }
}
