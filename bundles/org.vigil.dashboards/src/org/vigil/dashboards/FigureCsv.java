package org.vigil.dashboards;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.vigil.events.CsvHits;

/**
 * A panel's figures as RFC 4180 CSV for a spreadsheet: the column names as the figures JSON has
 * them, times with the zone's offset. Files start with a byte order mark, without which Excel reads
 * UTF-8 as the local code page and garbles Vietnamese.
 */
public final class FigureCsv {

    /** The byte order mark a file starts with. */
    public static final char BOM = '\uFEFF';
    private static final String LINE_END = "\r\n"; //$NON-NLS-1$

    private FigureCsv() {
    }

    /**
     * @param table the figures
     * @param zone the zone times are written in
     * @param out where the CSV goes, without the byte order mark; not closed
     * @throws IOException if writing fails
     */
    public static void write(FigureTable table, ZoneId zone, Writer out) throws IOException {
        out.write(line(table.columns(), zone));
        for (List<Object> row : table.rows()) {
            out.write(line(row, zone));
        }
    }

    /**
     * @param table the figures
     * @param zone the zone times are written in
     * @param out a file's writer: the byte order mark, then the CSV; not closed
     * @throws IOException if writing fails
     */
    public static void writeFile(FigureTable table, ZoneId zone, Writer out) throws IOException {
        out.write(BOM);
        write(table, zone, out);
    }

    private static String line(List<?> values, ZoneId zone) {
        return values.stream().map(value -> CsvHits.quote(cell(value, zone))).collect(Collectors.joining(",")) //$NON-NLS-1$
                + LINE_END;
    }

    private static String cell(Object value, ZoneId zone) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
        return value.toString();
    }
}
