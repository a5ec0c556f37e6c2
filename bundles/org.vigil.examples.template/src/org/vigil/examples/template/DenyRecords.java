package org.vigil.examples.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.events.SourceException;

/**
 * Reads firewall deny records, {@value #HEADER}, into events with ECS field names. The names
 * matter: Vigil types the fields it knows (an address is an IP, a port a number) whatever the
 * value looks like, and types other fields from their first value.
 */
final class DenyRecords {

    static final String HEADER = "time,src_ip,dst_ip,dst_port,action"; //$NON-NLS-1$
    private static final String[] COLUMNS = HEADER.split(","); //$NON-NLS-1$

    private DenyRecords() {
    }

    /**
     * @param source the id of the source, for its errors
     * @param name the file's name, for its errors
     * @param in the CSV text in UTF-8, header first
     * @return one event per row, its id the file and line so that it is stable across starts
     * @throws IOException if the text cannot be read
     * @throws SourceException naming the line and column of the first bad row; no event is kept
     */
    static List<Event> read(String source, String name, InputStream in) throws IOException, SourceException {
        List<Event> events = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!HEADER.equals(lines.readLine())) {
            throw bad(source, NLS.bind(Messages.DenyRecords_badHeader, name, HEADER));
        }
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                events.add(event(source, name, number, line.split(",", -1))); //$NON-NLS-1$
            }
        }
        return events;
    }

    private static Event event(String source, String name, int number, String[] cells) throws SourceException {
        if (cells.length != COLUMNS.length) {
            throw bad(source, NLS.bind(Messages.DenyRecords_badRow, new Object[] { name, number,
                    NLS.bind(Messages.DenyRecords_columns, cells.length, COLUMNS.length) }));
        }
        int column = 0;
        try {
            Instant time = Instant.parse(cells[column]);
            LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
            fields.put("event.kind", "event"); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("event.category", "network"); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("observer.type", "firewall"); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("source.ip", cells[++column].strip()); //$NON-NLS-1$
            fields.put("destination.ip", cells[++column].strip()); //$NON-NLS-1$
            fields.put("destination.port", Long.valueOf(cells[++column].strip())); //$NON-NLS-1$
            fields.put("event.action", cells[++column].strip()); //$NON-NLS-1$
            return Event.ofFields(name + ':' + number, time, fields);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw bad(source, NLS.bind(Messages.DenyRecords_badRow, new Object[] { name, number,
                    NLS.bind(Messages.DenyRecords_badValue, COLUMNS[column], e.getMessage()) }));
        }
    }

    private static SourceException bad(String source, String message) {
        return new SourceException(SourceException.Kind.CORRUPT, source, message, null);
    }
}
