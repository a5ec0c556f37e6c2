package org.vigil.ingest.internal;

import java.io.IOException;
import java.util.LinkedHashMap;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.ingest.EventIds;
import org.vigil.ingest.EventSink;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;
import org.vigil.ingest.Rejection;

/**
 * The parse loop every built-in format shares: read a record, parse it, emit an event with its
 * deterministic id or a rejection, go on. A compressed file that ends in the middle of its
 * stream yields its lines and then a rejection, instead of an exception.
 */
abstract class LineFormat implements LogFormat {

    @Override
    public final void parse(LogInput input, ParseOptions options, EventSink sink) throws IOException {
        RecordSource records = recordReader(input);
        RecordParser parser = newParser(input, options);
        EventIds ids = EventIds.ofFile(input.identity());
        for (SourceRecord record = records.next(); record != null && !sink.isCancelled(); record = records.next()) {
            emit(input, parser, ids, record, sink);
        }
        if (input.isTruncated()) {
            sink.reject(new Rejection(input.file(), records.lineNumber() + 1, Messages.Rejection_truncatedFile));
        }
    }

    /**
     * @param input the file
     * @param options the caller's context
     * @return a parser for this one file
     */
    abstract RecordParser newParser(LogInput input, ParseOptions options);

    /**
     * @param input the file
     * @return how the file splits into records; one per line unless overridden
     */
    RecordSource recordReader(LogInput input) {
        return new RecordReader(input.reader());
    }

    /** Parsers make each record's fields for it alone: the event keeps their map rather than a copy. */
    private static Event event(String id, ParsedRecord parsed) {
        return parsed.fields() instanceof LinkedHashMap<String, Object> own ? Event.ofFields(id, parsed.timestamp(), own)
                : new Event(id, parsed.timestamp(), parsed.fields());
    }

    private static void emit(LogInput input, RecordParser parser, EventIds ids, SourceRecord record,
            EventSink sink) {
        ParsedRecord parsed;
        try {
            parsed = record.parseWith(parser);
        } catch (RejectedRecordException e) {
            sink.reject(new Rejection(input.file(), record.lineNumber(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // A parser bug on one odd line must not lose the rest of the file.
            sink.reject(new Rejection(input.file(), record.lineNumber(), NLS.bind(Messages.Rejection_unexpected, e)));
            return;
        }
        if (parsed != null) {
            String id = record.id(ids);
            sink.accept(event(id, parsed), record.lineNumber());
        }
    }
}
