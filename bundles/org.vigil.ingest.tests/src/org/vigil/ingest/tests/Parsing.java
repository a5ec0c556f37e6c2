package org.vigil.ingest.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.LogReader;
import org.vigil.ingest.ParseOptions;

/** Runs a format over sample text or a file, with a fixed reference date so tests do not age. */
final class Parsing {

    /** The reference date of every test: a file last written on 2 October 2026. */
    static final ParseOptions OPTIONS = new ParseOptions(LocalDate.of(2026, 10, 2), ParseOptions.DEFAULT_ZONE);

    private Parsing() {
    }

    static RecordingSink parse(LogFormat format, String file, String text) {
        return parse(format, LogInput.ofText(file, text), OPTIONS);
    }

    static RecordingSink parse(LogFormat format, Path file) throws IOException {
        try (LogInput input = LogReader.open(file)) {
            return parse(format, input, OPTIONS);
        }
    }

    static RecordingSink parse(LogFormat format, LogInput input, ParseOptions options) {
        RecordingSink sink = new RecordingSink();
        try {
            format.parse(input, options, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
