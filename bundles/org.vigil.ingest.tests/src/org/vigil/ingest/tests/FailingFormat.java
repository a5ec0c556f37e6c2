package org.vigil.ingest.tests;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;
import org.vigil.ingest.EventSink;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;

/** A format with a bug: it reads a line as one event until a given line, where it throws. */
final class FailingFormat implements LogFormat {

    static final String ID = "failing";

    private final int failingLine;

    /** @param failingLine the 1-based line at which parsing throws */
    FailingFormat(int failingLine) {
        this.failingLine = failingLine;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Failing";
    }

    @Override
    public double sniff(List<String> firstLines) {
        return 0;
    }

    @Override
    public void parse(LogInput input, ParseOptions options, EventSink sink) throws IOException {
        for (int line = 1; input.reader().readLine() != null; line++) {
            if (line == failingLine) {
                throw new IllegalStateException("parser bug");
            }
            sink.accept(new Event("line-" + line, Instant.EPOCH, Map.of()));
        }
    }
}
