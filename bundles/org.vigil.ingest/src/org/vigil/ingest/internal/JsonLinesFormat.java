package org.vigil.ingest.internal;

import java.util.List;
import java.util.Map;

import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/** A format of one JSON object per line (NDJSON), whose formats differ in what the object means. */
abstract class JsonLinesFormat extends LineFormat {

    private final JsonFlattener flattener = new JsonFlattener();

    @Override
    final RecordParser newParser(LogInput input, ParseOptions options) {
        return new RecordParser() {
            @Override
            public ParsedRecord parse(String text) throws RejectedRecordException {
                return toRecord(flattener.flatten(text), input, options);
            }

            @Override
            public ParsedRecord parse(byte[] utf8, int offset, int length) throws RejectedRecordException {
                return toRecord(flattener.flatten(utf8, offset, length), input, options);
            }
        };
    }

    /** Reads lines as bytes when the input has them: the JSON parser decodes what it keeps. */
    @Override
    final RecordSource recordReader(LogInput input) {
        return input.utf8Lines().<RecordSource>map(Utf8RecordReader::new).orElseGet(() -> super.recordReader(input));
    }

    /**
     * @param fields the flattened object of one line; the method may change it
     * @param input the file
     * @param options the caller's context
     * @return the event content
     * @throws RejectedRecordException when the object does not make an event of this format
     */
    abstract ParsedRecord toRecord(Map<String, Object> fields, LogInput input, ParseOptions options)
            throws RejectedRecordException;

    /**
     * A cheap look at the first lines: no JSON parsing, since every format is sniffed.
     *
     * @param lines the first lines of a file
     * @param keys the keys that lines of this format carry, such as {@code "event_type"}
     * @return the share of non-blank lines that start like a JSON object and name every key
     */
    static double shareOfObjectsWith(List<String> lines, String... keys) {
        List<String> nonBlank = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        long matching = nonBlank.stream().filter(line -> line.startsWith("{"))
                .filter(line -> List.of(keys).stream().allMatch(key -> line.contains('"' + key + '"'))).count();
        return nonBlank.isEmpty() ? 0 : (double) matching / nonBlank.size();
    }
}
