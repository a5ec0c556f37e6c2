package org.vigil.ingest;

import java.io.IOException;
import java.util.List;

/**
 * A log-format parser, published as an OSGi service by the bundle that implements it; the
 * importers find formats through the service registry, so a plug-in adds a format by publishing
 * one. Implementations are stateless and thread-safe: per-file state lives inside
 * {@link #parse}.
 */
public interface LogFormat {

    /**
     * @return a stable, non-localised identifier such as {@code suricata.eve}, used in
     *         preferences and on the command line
     */
    String id();

    /** @return the format's name in the user's language, for format choosers */
    String displayName();

    /**
     * Scores how likely it is that a file starting with these lines is in this format, so that
     * {@link FormatDetector} can pick the best one.
     *
     * @param firstLines the first lines of the file, decoded, without line terminators
     * @return a confidence between 0 (surely not) and 1 (surely)
     */
    double sniff(List<String> firstLines);

    /**
     * Parses a whole input, emitting each event or rejection to the sink in file order. A bad
     * line is rejected and parsing goes on with the next one; only an I/O failure stops it.
     * Stops early when the sink says it is cancelled.
     *
     * @param input the file to parse, positioned at its start; the caller closes it
     * @param options the context that formats without a year or zone need
     * @param sink receives events and rejections
     * @throws IOException when the input cannot be read
     */
    void parse(LogInput input, ParseOptions options, EventSink sink) throws IOException;
}
