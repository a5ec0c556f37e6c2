package org.vigil.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 records: comma-separated, a field in double quotes may hold commas, line
 * breaks and doubled quotes ({@code ""}). Lenient where files in the wild are: text after a
 * closing quote is kept, and a quote inside an unquoted field ({@code 27" monitor}) is literal
 * and does not open a quoted field. Joining lines into records and splitting records use the same
 * scan, so they never disagree about where quotes are.
 */
final class CsvSplitter {

    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private CsvSplitter() {
    }

    /**
     * @param record the record, its lines joined by {@code \n}
     * @return its fields, unquoted
     * @throws RejectedRecordException when a quoted field is not closed
     */
    static List<String> split(CharSequence record) throws RejectedRecordException {
        List<String> fields = new ArrayList<>();
        if (scan(record, fields)) {
            throw new RejectedRecordException(Messages.Rejection_unclosedQuote);
        }
        return fields;
    }

    /**
     * @param recordSoFar the lines of a record read so far
     * @return whether it ends inside a quoted field, so the record goes on with the next line
     */
    static boolean insideQuotes(CharSequence recordSoFar) {
        return scan(recordSoFar, new ArrayList<>());
    }

    private static boolean scan(CharSequence record, List<String> fields) {
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                boolean doubled = c == QUOTE && i + 1 < record.length() && record.charAt(i + 1) == QUOTE;
                if (c != QUOTE || doubled) {
                    field.append(c);
                    i += doubled ? 1 : 0;
                } else {
                    quoted = false;
                }
            } else if (c == COMMA) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == QUOTE && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted;
    }
}
