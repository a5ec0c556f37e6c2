package org.vigil.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.vigil.ingest.Utf8Lines;

/**
 * Splits a file into records of one non-blank line each, as {@link RecordReader} does, but
 * without decoding them: a well-formed line is given as its bytes. A malformed one is given as
 * the text every reader of log files decodes it to (U+FFFD for each bad sequence, as
 * {@link String#String(byte[], int, int, java.nio.charset.Charset)} replaces them), so that it
 * gets the same event id and values as when it was read as text.
 */
final class Utf8RecordReader implements RecordSource {

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final Utf8Lines lines;

    /** @param lines the file's lines, none read yet */
    Utf8RecordReader(Utf8Lines lines) {
        this.lines = lines;
    }

    @Override
    public SourceRecord next() throws IOException {
        while (lines.next()) {
            byte[] bytes = lines.array();
            int start = lines.offset();
            int end = start + lines.length();
            int bom = BYTE_ORDER_MARK.length;
            if (lines.lineNumber() == 1 && end - start >= bom
                    && Arrays.equals(bytes, start, start + bom, BYTE_ORDER_MARK, 0, bom)) {
                start += bom;
            }
            boolean wellFormed = lines.isAscii() || Utf8.isWellFormed(bytes, start, end);
            String text = wellFormed ? null : new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (text == null ? !Utf8.isBlank(bytes, start, end) : !text.isBlank()) {
                return new SourceRecord(lines.lineNumber(), text, text == null ? bytes : null, start, end - start);
            }
        }
        return null;
    }

    @Override
    public long lineNumber() {
        return lines.lineNumber();
    }
}
