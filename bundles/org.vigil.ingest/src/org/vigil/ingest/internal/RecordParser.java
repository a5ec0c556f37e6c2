package org.vigil.ingest.internal;

/** Parses the records of one file; may keep per-file state such as a header. */
interface RecordParser {

    /**
     * @param text a record's text
     * @return its event content, or {@code null} for a record that describes the file (a header)
     * @throws RejectedRecordException when the record cannot become an event
     */
    ParsedRecord parse(String text) throws RejectedRecordException;
}
