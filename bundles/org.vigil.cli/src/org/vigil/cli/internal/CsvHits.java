package org.vigil.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vigil.core.model.Event;
import org.vigil.events.FieldInfo;
import org.vigil.events.Paging;

/**
 * Writes hits as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break in
 * quotes, quotes doubled). The columns are fixed before the first hit, so that hits stream
 * whatever the limit: {@code @timestamp} (UTC, ISO-8601), {@code _id}, then every field the
 * source knows, by name; a hit without a field leaves its cell empty.
 */
final class CsvHits implements Paging.HitConsumer<IOException> {

    private static final String ID = "_id";
    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final List<String> fields;

    private CsvHits(Writer out, List<String> fields) {
        this.out = out;
        this.fields = fields;
    }

    /**
     * @param out where the CSV goes
     * @param fields the source's fields, the columns after the time and id
     * @return a writer that has written the header line
     * @throws IOException if writing fails
     */
    static CsvHits start(Writer out, List<FieldInfo> fields) throws IOException {
        CsvHits csv = new CsvHits(out,
                fields.stream().map(FieldInfo::name).filter(name -> !Event.TIMESTAMP.equals(name)).toList());
        csv.line(Stream.concat(Stream.of(Event.TIMESTAMP, ID), csv.fields.stream()));
        return csv;
    }

    @Override
    public void accept(Event event) throws IOException {
        line(Stream.concat(Stream.of(event.timestamp().toString(), event.id()),
                fields.stream().map(field -> Objects.toString(event.fields().get(field), ""))));
    }

    /**
     * @param value a cell's text
     * @return the text, quoted when RFC 4180 requires it
     */
    static String quote(String value) {
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void line(Stream<String> cells) throws IOException {
        out.write(cells.map(CsvHits::quote).collect(Collectors.joining(",")) + LINE_END);
    }
}
