package org.vigil.events.ui.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import org.vigil.events.CsvHits;
import org.vigil.ingest.Rejection;

/**
 * The rejected lines of an import as RFC 4180 CSV ({@code file,line,reason}), for the clipboard and
 * for a file: the operator fixes the lines in a spreadsheet or hands them to whoever ships the logs.
 * The header is English and fixed, so that scripts can read the file whatever the UI language.
 */
final class RejectionsCsv {

    private static final String HEADER = "file,line,reason\r\n"; //$NON-NLS-1$

    private RejectionsCsv() {
    }

    /**
     * @param rejections the rejected lines, in the order to write them
     * @param out where the CSV goes; not closed
     * @throws IOException if writing fails
     */
    static void write(List<Rejection> rejections, Writer out) throws IOException {
        out.write(HEADER);
        for (Rejection rejection : rejections) {
            out.write(CsvHits.quote(rejection.file()) + ',' + rejection.lineNumber() + ','
                    + CsvHits.quote(rejection.reason()) + "\r\n"); //$NON-NLS-1$
        }
    }

    /**
     * @param rejections the rejected lines
     * @return them as CSV text, header included
     */
    static String text(List<Rejection> rejections) {
        StringWriter text = new StringWriter();
        try {
            write(rejections, text);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e); //$NON-NLS-1$
        }
        return text.toString();
    }
}
