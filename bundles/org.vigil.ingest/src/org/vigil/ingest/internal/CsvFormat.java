package org.vigil.ingest.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Comma-separated values with a header row, as SIEM and firewall exports write them (RFC 4180
 * quoting; a record may span lines inside quotes, and is reported by its first line). The time
 * column is the first of {@code @timestamp}, {@code timestamp}, {@code time}, {@code date},
 * {@code datetime} the header names (ignoring case), read in any form {@link Timestamps} knows,
 * in the caller's zone when it has no offset. The other columns become fields named by the
 * header, their values kept as strings (types are detected afterwards); empty values are left
 * out.
 */
@Component(service = LogFormat.class)
public final class CsvFormat extends LineFormat {

    /** The format's id. */
    public static final String ID = "csv";

    /** The names a time column goes by, most specific first. */
    static final List<String> TIME_COLUMNS = List.of("@timestamp", "timestamp", "time", "date", "datetime");

    private static final Set<Character> NOT_CSV_STARTS = Set.of('{', '[', '<', '#');
    private static final double WITH_TIME_COLUMN = 0.6;
    private static final double WITHOUT_TIME_COLUMN = 0.3;

    /** Creates the format; it has no configuration. */
    @Activate
    public CsvFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_csv;
    }

    @Override
    public double sniff(List<String> firstLines) {
        List<String> lines = firstLines.stream().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2 || NOT_CSV_STARTS.contains(lines.get(0).charAt(0))) {
            return 0;
        }
        List<String> header = splitOrEmpty(lines.get(0));
        if (header.size() < 2 || splitOrEmpty(lines.get(1)).size() != header.size()) {
            return 0;
        }
        return CsvParser.timeColumn(header) >= 0 ? WITH_TIME_COLUMN : WITHOUT_TIME_COLUMN;
    }

    @Override
    RecordParser newParser(LogInput input, ParseOptions options) {
        return new CsvParser(options.zone());
    }

    @Override
    RecordReader recordReader(LogInput input) {
        return new RecordReader(input.reader()) {
            @Override
            boolean continues(CharSequence recordSoFar) {
                return CsvSplitter.insideQuotes(recordSoFar);
            }
        };
    }

    private static List<String> splitOrEmpty(String line) {
        try {
            return CsvSplitter.split(line);
        } catch (RejectedRecordException e) {
            // A record spanning lines: the sample says too little to decide.
            return List.of();
        }
    }
}
