package org.vigil.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.ingest.EventSink;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.LogReader;
import org.vigil.ingest.ParseOptions;
import org.vigil.ingest.Rejection;

/**
 * The benchmark's data: the demo events written as ECS NDJSON, and that file parsed once into
 * memory for the bare-Lucene reference.
 *
 * @param file the NDJSON file
 * @param range a time range holding every event
 * @param events how many events the file holds
 */
record BenchData(Path file, TimeRange range, int events) {

    /** The format of the file, as {@code vigil-cli import --format} names it. */
    static final String FORMAT = "ecs.ndjson"; //$NON-NLS-1$

    private static final Duration SPAN = Duration.ofDays(28);

    /**
     * @param directory where to write the file
     * @param events how many events
     * @return the data
     * @throws IOException if the file cannot be written
     */
    static BenchData write(Path directory, int events) throws IOException {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Path file = directory.resolve("demo.ndjson"); //$NON-NLS-1$
        DemoSettings settings = new DemoSettings(DemoSettings.STANDARD_SEED, end, SPAN, events);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Event event : (Iterable<Event>) new DemoData(settings).events()::iterator) {
                EcsNdjson.write(event, writer);
            }
        }
        return new BenchData(file,
                new TimeRange(end.minus(SPAN).minus(Duration.ofDays(1)), end.plus(Duration.ofHours(1))), events);
    }

    /**
     * @param head where to write the first events
     * @param count how many of them, at most
     * @return the data of those events alone
     * @throws IOException if the file cannot be read or written
     */
    BenchData head(Path head, int count) throws IOException {
        int written = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Writer writer = Files.newBufferedWriter(head, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && written < count; line = reader.readLine()) {
                writer.write(line);
                writer.write('\n');
                written++;
            }
        }
        return new BenchData(head, range, written);
    }

    /**
     * @param format the NDJSON format the importer uses
     * @return every event of the file, parsed by the same format
     * @throws IOException if the file cannot be read or a line is rejected
     */
    List<Event> parse(LogFormat format) throws IOException {
        List<Event> events = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (LogInput input = LogReader.open(file)) {
            format.parse(input, ParseOptions.defaults(), new EventSink() {
                @Override
                public void accept(Event event) {
                    events.add(event);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
        }
        if (!rejections.isEmpty()) {
            throw new IOException(rejections.size() + " lines rejected, the first: " + rejections.get(0)); //$NON-NLS-1$
        }
        return events;
    }
}
