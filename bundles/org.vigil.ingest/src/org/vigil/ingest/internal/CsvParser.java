package org.vigil.ingest.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one CSV file: its first record is the header, the others are events. */
final class CsvParser implements RecordParser {

    private final ZoneId zone;
    private List<String> header;
    private int timeColumn;

    /** @param zone the zone of times without offset */
    CsvParser(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param header the column names
     * @return the index of the time column, or -1 when the header names none
     */
    static int timeColumn(List<String> header) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        return CsvFormat.TIME_COLUMNS.stream().mapToInt(names::indexOf).filter(index -> index >= 0).findFirst()
                .orElse(-1);
    }

    @Override
    public ParsedRecord parse(String text) throws RejectedRecordException {
        List<String> values = CsvSplitter.split(text);
        if (header == null) {
            header = values.stream().map(String::strip).toList();
            timeColumn = timeColumn(header);
            return null;
        }
        if (values.size() != header.size()) {
            throw new RejectedRecordException(Messages.Rejection_columnCount, header.size(), values.size());
        }
        Instant timestamp = timestamp(values);
        Map<String, Object> fields = fields(values);
        Timestamps.keepOriginal(values.get(timeColumn), fields);
        return new ParsedRecord(timestamp, fields);
    }

    private Instant timestamp(List<String> values) throws RejectedRecordException {
        if (timeColumn < 0) {
            throw new RejectedRecordException(Messages.Rejection_noTimeColumn, String.join(", ", CsvFormat.TIME_COLUMNS));
        }
        String value = values.get(timeColumn);
        return Timestamps.require(value.isBlank() ? null : value, header.get(timeColumn), zone,
                ChronoUnit.SECONDS);
    }

    private Map<String, Object> fields(List<String> values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (i != timeColumn && !values.get(i).isEmpty()) {
                fields.put(header.get(i), values.get(i));
            }
        }
        return fields;
    }
}
