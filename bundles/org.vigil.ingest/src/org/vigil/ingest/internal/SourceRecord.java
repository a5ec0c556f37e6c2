package org.vigil.ingest.internal;

import org.vigil.ingest.EventIds;

/**
 * One record of a file as read, before parsing: as text, or as the well-formed UTF-8 bytes of one
 * line, which are only valid until the next record is read.
 *
 * @param lineNumber the 1-based number of its first line
 * @param text its text, the lines of a multi-line record joined by {@code \n}; {@code null} for bytes
 * @param utf8 the array holding its bytes; {@code null} for text
 * @param offset where its bytes start
 * @param length how many bytes it has
 */
record SourceRecord(long lineNumber, String text, byte[] utf8, int offset, int length) {

    /**
     * @param lineNumber the 1-based number of its first line
     * @param text its text
     */
    SourceRecord(long lineNumber, String text) {
        this(lineNumber, text, null, 0, 0);
    }

    /**
     * @param parser the file's parser
     * @return what the parser makes of the record
     * @throws RejectedRecordException when the record cannot become an event
     */
    ParsedRecord parseWith(RecordParser parser) throws RejectedRecordException {
        return text != null ? parser.parse(text) : parser.parse(utf8, offset, length);
    }

    /**
     * @param ids the file's ids
     * @return the record's event id; the same for its bytes as for its text, whose UTF-8 they are
     */
    String id(EventIds ids) {
        return text != null ? ids.id(lineNumber, text) : ids.id(lineNumber, utf8, offset, length);
    }

}
