package org.vigil.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 file as spreadsheets write it: records of fields separated by commas, or by
 * semicolons when the header line has more of them (spreadsheets in Vietnamese settings write
 * those); a field in double quotes may hold separators, line breaks and doubled quotes; a UTF-8
 * byte order mark is skipped. Each record remembers the line it starts on, for error messages.
 */
public final class CsvReader {

    private static final char QUOTE = '"';
    private static final char BOM = '\uFEFF';

    /**
     * One record of the file.
     *
     * @param line the line it starts on, counting from 1
     * @param fields its fields, unquoted
     */
    public record Record(int line, List<String> fields) {

        /** @return whether every field is empty, as spreadsheets write trailing rows */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field that runs to the end of the file. */
    public static final class UnclosedQuoteException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;

        UnclosedQuoteException(int line) {
            super("unclosed quote"); //$NON-NLS-1$
            this.line = line;
        }

        /** @return the line the record with the quote starts on */
        public int line() {
            return line;
        }
    }

    private CsvReader() {
    }

    /**
     * @param reader the file
     * @return its records, the header first
     * @throws IOException if it cannot be read
     * @throws UnclosedQuoteException if a quoted field is never closed
     */
    public static List<Record> read(Reader reader) throws IOException, UnclosedQuoteException {
        String text = readAll(reader);
        char separator = separator(text);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == QUOTE && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                recordLine = ++line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuoteException(recordLine);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.length() > 0 && text.charAt(0) == BOM ? text.substring(1) : text.toString();
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }
}
