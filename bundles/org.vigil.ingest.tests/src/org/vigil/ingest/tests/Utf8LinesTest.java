package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.ingest.EventIds;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.LogReader;
import org.vigil.ingest.Utf8Lines;
import org.vigil.ingest.internal.EcsJsonFormat;

/**
 * NDJSON formats read lines as bytes; what they make of a file must be what they made of it read
 * as text: the same events with the same ids (a re-import adds nothing twice), the same values,
 * the same rejected line numbers, whatever the line ends, a byte-order mark, blank lines or
 * malformed UTF-8.
 */
class Utf8LinesTest {

    private static final String LINE = "{\"@timestamp\":\"2026-10-02T01:15:%02dZ\",\"message\":\"%s\"}";

    private final EcsJsonFormat format = new EcsJsonFormat();

    @Test
    void bytesAndTextGiveTheSameEventsIdsAndRejections(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        file.writeBytes(line(1, "đăng nhập thất bại").getBytes(StandardCharsets.UTF_8));
        file.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes("   \t\n".getBytes(StandardCharsets.US_ASCII));
        // A Latin-1 é in a UTF-8 file, and a lone lead byte at the end of the line.
        file.writeBytes(withByte(line(3, "caf_"), (byte) 0xE9));
        file.writeBytes("\r".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(withByte(line(4, "x_"), (byte) 0xE2));
        file.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes("not json\n".getBytes(StandardCharsets.US_ASCII));
        // Longer than the reading buffer: the line spans refills.
        file.writeBytes(line(6, "a".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
        file.writeBytes("\n\u3000\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line(8, "no newline at the end").getBytes(StandardCharsets.US_ASCII));
        Path path = dir.resolve("mixed.ndjson");
        Files.write(path, file.toByteArray());

        RecordingSink asBytes = Parsing.parse(format, path);
        RecordingSink asText;
        try (LogInput bytes = LogReader.open(path); BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)));
                LogInput text = new LogInput(path.toString(), bytes.identity(), reader)) {
            asText = Parsing.parse(format, text, Parsing.OPTIONS);
        }

        assertEquals(5, asBytes.events.size(), "events");
        assertEquals(asText.ids(), asBytes.ids());
        assertEquals(asText.events, asBytes.events);
        assertEquals(List.of(5L), asBytes.rejectedLines());
        assertEquals(asText.rejectedLines(), asBytes.rejectedLines());
        assertEquals("đăng nhập thất bại", asBytes.events.get(0).get("message"));
        assertEquals("caf\uFFFD", asBytes.events.get(1).get("message"));
        assertEquals("x\uFFFD", asBytes.events.get(2).get("message"));
        assertEquals("no newline at the end", asBytes.events.get(4).get("message"));
    }

    @Test
    void linesEndAsBufferedReaderEndsThem() throws IOException {
        String text = "a\r\nb\rc\n\nd\r\r\ne";
        List<String> lines = new ArrayList<>();
        try (LogInput input = LogInput.ofText("ends.log", text)) {
            Utf8Lines bytes = input.utf8Lines().orElseThrow();
            while (bytes.next()) {
                lines.add(new String(bytes.array(), bytes.offset(), bytes.length(), StandardCharsets.UTF_8));
            }
            assertEquals(7, input.linesRead());
        }
        assertEquals(new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).lines()
                .toList(), lines);
        assertEquals(List.of("a", "b", "c", "", "d", "", "e"), lines);
    }

    @Test
    void aLineIsAsciiUntilOneOfItsBytesIsNot() throws IOException {
        List<Boolean> ascii = new ArrayList<>();
        try (LogInput input = LogInput.ofText("mixed.log", "plain\nĐà Nẵng\n" + "x".repeat(100_000) + "é\nend")) {
            Utf8Lines bytes = input.utf8Lines().orElseThrow();
            while (bytes.next()) {
                ascii.add(bytes.isAscii());
            }
        }
        assertEquals(List.of(true, false, false, true), ascii);
    }

    @Test
    void idOfBytesIsIdOfTheirText() {
        EventIds ids = EventIds.ofFile("f");
        byte[] padded = ("xx" + "Trần Hưng Đạo" + "yy").getBytes(StandardCharsets.UTF_8);
        int length = "Trần Hưng Đạo".getBytes(StandardCharsets.UTF_8).length;
        assertEquals(EventIds.of("f", 7, "Trần Hưng Đạo"), ids.id(7, padded, 2, length));
    }

    @Test
    void peekingLeavesTheBytesToTheFormatAndReadingThemAsTextIsRefusedAfter() throws IOException {
        try (LogInput input = LogInput.ofText("two.ndjson", line(1, "one") + "\n" + line(2, "two") + "\n")) {
            assertEquals(List.of(line(1, "one")), input.peekLines(1));
            RecordingSink sink = Parsing.parse(format, input, Parsing.OPTIONS);
            assertEquals(2, sink.events.size());
            assertEquals(2, input.linesRead());
            assertFalse(sink.events.stream().map(Event::id).distinct().count() < 2);
            assertTrue(input.utf8Lines().isPresent());
            try {
                input.reader();
                throw new AssertionError("the text of a file read as bytes");
            } catch (IllegalStateException expected) {
                // A format cannot read the file twice.
            }
        }
    }

    /** @return the line's ASCII bytes with its underscore replaced by the byte */
    private static byte[] withByte(String asciiLine, byte replacing) {
        byte[] bytes = asciiLine.getBytes(StandardCharsets.US_ASCII);
        bytes[asciiLine.indexOf('_')] = replacing;
        return bytes;
    }

    private static String line(int second, String message) {
        return String.format(LINE, second, message);
    }
}
