package org.vigil.events;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;

/**
 * Writes hits as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break in
 * quotes, quotes doubled), for the command line and the workbench's export alike. The columns
 * are fixed before the first hit, so that hits stream whatever their number; a hit without a
 * field leaves its cell empty. Besides field names, a column may be {@link Event#TIMESTAMP}
 * (UTC, ISO-8601), {@link #ID} (the event's id) or {@link #SOURCE} (the whole event as one
 * JSON object, as {@link EcsNdjson} writes it).
 */
public final class CsvHits implements Paging.HitConsumer<IOException> {

    /** The column of the event's id. */
    public static final String ID = "_id";
    /** The column of the whole event as JSON. */
    public static final String SOURCE = "_source";
    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final List<String> columns;

    private CsvHits(Writer out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    /**
     * @param out where the CSV goes
     * @param columns the column names, in order; they form the header line
     * @return a writer that has written the header line
     * @throws IOException if writing fails
     */
    public static CsvHits start(Writer out, List<String> columns) throws IOException {
        CsvHits csv = new CsvHits(out, columns);
        csv.line(csv.columns);
        return csv;
    }

    @Override
    public void accept(Event event) throws IOException {
        line(columns.stream().map(column -> cell(event, column)).toList());
    }

    /**
     * @param value a cell's text
     * @return the text, quoted when RFC 4180 requires it
     */
    public static String quote(String value) {
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String cell(Event event, String column) {
        return switch (column) {
            case ID -> event.id();
            case SOURCE -> EcsNdjson.json(event, false);
            default -> Objects.toString(event.get(column), "");
        };
    }

    private void line(List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvHits::quote).collect(Collectors.joining(",")) + LINE_END);
    }
}
