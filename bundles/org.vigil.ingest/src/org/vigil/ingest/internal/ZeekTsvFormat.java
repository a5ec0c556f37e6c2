package org.vigil.ingest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/**
 * Zeek's default tab-separated logs, described by their {@code #separator}, {@code #set_separator},
 * {@code #empty_field}, {@code #unset_field}, {@code #path}, {@code #fields} and {@code #types}
 * header lines. Unset values ({@code -}) are left out of the event; empty ones
 * ({@code (empty)}) become an empty string or list. Values take the header's types: count, int
 * and port become whole numbers, double and interval decimals, bool a boolean, time an instant,
 * set and vector lists. The log name comes from {@code #path}, else from the file name; fields map
 * to ECS as {@link ZeekFields} describes. Zeek's {@code \x} escapes inside values are left as
 * written.
 */
@Component(service = LogFormat.class)
public final class ZeekTsvFormat extends LineFormat {

    /** The format's id. */
    public static final String ID = "zeek.tsv";

    /** Creates the format; it has no configuration. */
    @Activate
    public ZeekTsvFormat() {
        // Nothing to set up: the format is stateless.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Format_zeekTsv;
    }

    @Override
    public double sniff(List<String> firstLines) {
        if (!firstLines.isEmpty() && firstLines.get(0).startsWith("#separator")) {
            return 1;
        }
        return firstLines.stream().anyMatch(line -> line.startsWith("#fields")) ? 0.9 : 0;
    }

    @Override
    RecordParser newParser(LogInput input, ParseOptions options) {
        return new ZeekTsvParser(ZeekFields.logName(input.file()));
    }
}
