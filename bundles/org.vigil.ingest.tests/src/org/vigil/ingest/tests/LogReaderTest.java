package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.ingest.tests.Parsing.lines;
import static org.vigil.ingest.tests.Parsing.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.ingest.LogInput;
import org.vigil.ingest.LogReader;
import org.vigil.ingest.internal.SuricataEveFormat;
import org.vigil.ingest.internal.SyslogFormat;

/** Reading files as an importer does: compression, encodings and the stability of event ids. */
class LogReaderTest {

    private static final String EVE = lines(SuricataEveFormatTest.ALERT, SuricataEveFormatTest.FLOW);

    @TempDir
    Path folder;

    private final SuricataEveFormat format = new SuricataEveFormat();

    @Test
    void aGzipFileGivesTheSameEventsAndIdsAsThePlainOne() throws IOException {
        Path plain = write("eve.json", EVE.getBytes(StandardCharsets.UTF_8));
        Path gzip = write("eve.json.1", gzip(EVE.getBytes(StandardCharsets.UTF_8)));

        RecordingSink fromPlain = parse(format, plain);
        RecordingSink fromGzip = parse(format, gzip);

        assertEquals(2, fromGzip.events.size());
        assertEquals(fromPlain.events, fromGzip.events);
    }

    @Test
    void reParsingAFileGivesTheSameIds() throws IOException {
        Path file = write("eve.json", EVE.getBytes(StandardCharsets.UTF_8));

        assertEquals(parse(format, file).ids(), parse(format, file).ids());
        assertEquals(parse(format, file).ids(), parse(format, "anything", EVE).ids(), "text and file agree");
    }

    @Test
    void theSameFileUnderAnotherPathKeepsItsIdsButAnotherFileDoesNot() throws IOException {
        Path file = write("eve.json", EVE.getBytes(StandardCharsets.UTF_8));
        Path copy = Files.copy(file, Files.createDirectories(folder.resolve("archive")).resolve("sensor-2.json"));
        String other = lines(SuricataEveFormatTest.FLOW, SuricataEveFormatTest.ALERT);

        List<String> ids = parse(format, file).ids();

        assertEquals(ids, parse(format, copy).ids());
        assertEquals(2, ids.stream().distinct().count());
        assertTrue(parse(format, "other.json", other).ids().stream().noneMatch(ids::contains));
    }

    @Test
    void identicalLinesAtDifferentLineNumbersGetDifferentIds() {
        String line = "Oct  2 08:15:04 web-03 sshd[1]: Connection closed by 203.0.113.7 port 51544";

        List<String> ids = parse(new SyslogFormat(), "auth.log", lines(line, line)).ids();

        assertNotEquals(ids.get(0), ids.get(1));
    }

    @Test
    void aGrowingLogKeepsTheIdsOfItsEarlierLines() {
        StringBuilder log = new StringBuilder();
        for (int second = 0; log.length() < 5000; second++) {
            log.append(String.format("Oct  2 08:%02d:%02d web-03 sshd[1]: Invalid user admin from 203.0.113.7\n",
                    second / 60, second % 60));
        }
        String grown = log + "Oct  2 09:00:00 web-03 sshd[1]: Server listening on 0.0.0.0 port 22\n";

        List<String> before = parse(new SyslogFormat(), "auth.log", log.toString()).ids();
        List<String> after = parse(new SyslogFormat(), "auth.log", grown).ids();

        assertEquals(before, after.subList(0, before.size()));
        assertEquals(before.size() + 1, after.size());
    }

    @Test
    void aLatin1ByteInAUtf8FileIsReplacedAndTheFileReadToItsEnd() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Oct  2 08:15:03 web-03 app[7]: người dùng đăng nhập\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Oct  2 08:15:04 web-03 app[7]: caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" ouvert\nOct  2 08:15:05 web-03 app[7]: tạm biệt\n".getBytes(StandardCharsets.UTF_8));

        RecordingSink sink = parse(new SyslogFormat(), write("app.log", bytes.toByteArray()));

        assertEquals(List.of(), sink.rejections);
        assertEquals(List.of("người dùng đăng nhập", "caf\uFFFD ouvert", "tạm biệt"),
                messages(sink.events));
    }

    @Test
    void aTruncatedLastLineInAGzipFileIsRejectedLikeInAPlainOne() throws IOException {
        String cut = EVE + SuricataEveFormatTest.FLOW.substring(0, 70);

        RecordingSink sink = parse(format, write("eve.json.gz", gzip(cut.getBytes(StandardCharsets.UTF_8))));

        assertEquals(2, sink.events.size());
        assertEquals(List.of(3L), sink.rejectedLines());
    }

    @Test
    void aGzipFileCutInItsCompressedDataKeepsItsCompleteLinesAndSaysWhy() throws IOException {
        StringBuilder eve = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            eve.append(SuricataEveFormatTest.FLOW.replace("\"flow_id\":99", "\"flow_id\":" + i)).append('\n');
        }
        byte[] whole = gzip(eve.toString().getBytes(StandardCharsets.UTF_8));

        RecordingSink sink = parse(format, write("eve.json.gz", Arrays.copyOf(whole, whole.length / 2)));

        assertTrue(sink.events.size() > 10 && sink.events.size() < 200, sink.events.size() + " events");
        assertTrue(sink.rejections.size() <= 2, "at most the cut line and the truncation: " + sink.rejections);
        long linesRead = sink.events.size() + sink.rejections.size() - 1L;
        assertEquals(linesRead + 1, sink.rejections.getLast().lineNumber());
    }

    @Test
    void peekingAtTheFirstLinesDoesNotConsumeThem() throws IOException {
        try (LogInput input = LogReader.open(write("eve.json", gzip(EVE.getBytes(StandardCharsets.UTF_8))))) {
            assertEquals(1, input.peekLines(1).size());
            RecordingSink sink = Parsing.parse(format, input, Parsing.OPTIONS);
            assertEquals(List.of("alert", "event"),
                    sink.events.stream().map(event -> (String) event.get("event.kind")).toList());
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static List<Object> messages(List<Event> events) {
        return events.stream().map(event -> event.get("message")).toList();
    }
}
