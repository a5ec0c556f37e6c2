package org.vigil.examples.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.ingest.EventIds;
import org.vigil.ingest.EventSink;
import org.vigil.ingest.LogFormat;
import org.vigil.ingest.LogFormats;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.ParseOptions;
import org.vigil.ingest.Rejection;

/**
 * One log file being followed: how far it has been read, in which format, and the header lines
 * (a CSV header, Zeek's {@code #fields}) that every later piece needs to be parsed alone. Used by
 * the poller thread only.
 */
final class FollowedFile {

    /** Bounds the memory one read takes when a large file is first seen. */
    private static final int PIECE = 8 << 20;
    /** The ECS field that carries a record's own id, kept as the event id when present. */
    private static final String EVENT_ID = "event.id"; //$NON-NLS-1$

    private final Path path;
    private Object key;
    private long offset;
    private long nextLine = 1;
    private LogFormat format;
    private String header = ""; //$NON-NLS-1$
    private boolean recordsSeen;

    FollowedFile(Path path) {
        this.path = path;
    }

    /**
     * @param now the file as listed in this poll
     * @return whether the file is no longer the one read so far (truncated, or another file
     *         renamed over it by log rotation), so that its events must be read again
     */
    boolean replacedBy(BasicFileAttributes now) {
        return now.size() < offset || key != null && !Objects.equals(key, now.fileKey());
    }

    /**
     * Reads the complete lines appended since the last call; a last line without its newline is
     * left for a later call, when it is whole.
     *
     * @param now the file as listed in this poll
     * @param formats detects the file's format on its first lines
     * @param stop checked between pieces
     * @return the events of the new lines
     * @throws IOException when the file cannot be read
     */
    List<Event> readAppended(BasicFileAttributes now, LogFormats formats, Cancellation stop) throws IOException {
        key = now.fileKey();
        List<Event> events = new ArrayList<>();
        ParseOptions options = new ParseOptions(
                LocalDate.ofInstant(now.lastModifiedTime().toInstant(), ParseOptions.DEFAULT_ZONE),
                ParseOptions.DEFAULT_ZONE);
        while (offset < now.size() && !stop.isCancelled()) {
            byte[] piece = read(offset, (int) Math.min(PIECE, now.size() - offset));
            int end = lastNewline(piece) + 1;
            if (end == 0) {
                break;
            }
            String lines = new String(piece, 0, end, StandardCharsets.UTF_8);
            if (format == null) {
                format = formats.detect(LogInput.ofText(path.toString(), header + lines)).orElse(null);
                if (format == null) {
                    // Perhaps only a header so far: try again when the file grows.
                    break;
                }
            }
            parse(lines, options, events);
            offset += end;
        }
        return events;
    }

    private void parse(String lines, ParseOptions options, List<Event> events) throws IOException {
        String text = header + lines;
        long headerLines = header.lines().count();
        long firstLine = nextLine;
        long[] firstRecord = { 0 };
        format.parse(LogInput.ofText(path.toString(), text), options, new EventSink() {

            @Override
            public void accept(Event event) {
                events.add(event);
            }

            @Override
            public void accept(Event event, long lineNumber) {
                firstRecord[0] = firstRecord[0] == 0 ? lineNumber : firstRecord[0];
                events.add(withStableId(event, firstLine + lineNumber - headerLines - 1));
            }

            @Override
            public void reject(Rejection rejection) {
                // A bad line is skipped as an import skips it; it still ends the header.
                firstRecord[0] = firstRecord[0] == 0 ? rejection.lineNumber() : firstRecord[0];
            }
        });
        nextLine += lines.lines().count();
        if (!recordsSeen) {
            // Until the first record, everything read is header: the lines a format needs first.
            recordsSeen = firstRecord[0] > 0 || !events.isEmpty();
            header = recordsSeen ? firstLines(text, firstRecord[0] - 1) : text;
        }
    }

    /**
     * Each piece is parsed as a file of its own, so the format's ids would repeat from piece to
     * piece; the record's own id, or its file and line, stay the same however the file is read.
     */
    private Event withStableId(Event event, long fileLine) {
        String id = event.fields().get(EVENT_ID) instanceof String own ? own
                : EventIds.of(path.toString(), fileLine, ""); //$NON-NLS-1$
        return new Event(id, event.timestamp(), event.fields());
    }

    private byte[] read(long from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // Reads until the length listed, or the end if the file shrank meanwhile.
            }
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String firstLines(String text, long count) {
        StringBuilder lines = new StringBuilder();
        text.lines().limit(Math.max(0, count)).forEach(line -> lines.append(line).append('\n'));
        return lines.toString();
    }
}
