package org.vigil.registry.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 records: CRLF line ends; a field with a comma, quote or line break in quotes, quotes doubled. */
public final class CsvWriter {

    private static final String LINE_END = "\r\n"; //$NON-NLS-1$

    private CsvWriter() {
    }

    /**
     * @param out where the record goes
     * @param fields its fields
     * @throws IOException if writing fails
     */
    public static void record(Writer out, List<String> fields) throws IOException {
        out.write(fields.stream().map(CsvWriter::quote).collect(Collectors.joining(",")) + LINE_END); //$NON-NLS-1$
    }

    private static String quote(String value) {
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';');
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
