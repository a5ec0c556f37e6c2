package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.ImportProgress;

/** The progress of {@code vigil-cli import} on standard error, on a terminal and in a log. */
class ImportProgressTest {

    @TempDir
    Path dir;

    @Test
    void onATerminalTheProgressIsOneLineRewrittenInPlaceAndClosedAtTheEnd() throws IOException {
        CliRun cli = new CliRun().onTerminal();
        Path first = write("first.ndjson", 1, 2, 3);
        Path second = write("second.ndjson", 4, 5);

        assertEquals(ExitCode.SUCCESS, cli.run("import", first.toString(), second.toString()), cli.stderr());

        String err = cli.stderr();
        assertTrue(err.startsWith("\rimport: file "), err);
        assertEquals(1, err.chars().filter(c -> c == '\n').count(), "one line, rewritten: " + err);
        String lastShown = err.substring(err.lastIndexOf('\r') + 1).strip();
        assertTrue(lastShown.startsWith("import: file 2 of 2, 5 lines read, 5 events written, 0 rejected, "), err);
        assertTrue(lastShown.endsWith(" events/s"), err);
        assertTrue(cli.stdout().contains("2 files: 5 lines, 5 imported, 0 rejected"), "the summary stays on stdout");
    }

    @Test
    void elsewhereAShortImportPrintsNoProgressAtAll() throws IOException {
        CliRun cli = new CliRun();
        assertEquals(ExitCode.SUCCESS, cli.run("import", write("short.ndjson", 6).toString()), cli.stderr());
        assertEquals("", cli.stderr(), "a script's standard error stays free of progress");
    }

    @Test
    void elsewhereALongImportPrintsALineEveryFewSecondsAndTheFinalFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = { 0 };
        ImportProgressLine line = new ImportProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
                () -> now[0]);

        at(now, 1, line, new ImportProgress(0, 3, 10_000, 9_000, 0));
        at(now, 6, line, new ImportProgress(0, 3, 60_000, 59_000, 2));
        at(now, 8, line, new ImportProgress(1, 3, 80_000, 79_000, 2));
        now[0] = TimeUnit.SECONDS.toNanos(10);
        line.finish();

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, bytes.toString(StandardCharsets.UTF_8));
        assertEquals("import: file 1 of 3, 60000 lines read, 59000 events written, 2 rejected, 6.0 s, 9833 events/s",
                lines[0].strip());
        assertTrue(lines[1].startsWith("import: file 2 of 3, 80000 lines read, 79000 events written, 2 rejected, 10.0 s"),
                lines[1]);
    }

    @Test
    void elsewhereTheEndDoesNotRepeatTheFiguresOfTheLastLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = { 0 };
        ImportProgressLine line = new ImportProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
                () -> now[0]);

        at(now, 6, line, new ImportProgress(0, 1, 24_506, 1_489, 0));
        now[0] = TimeUnit.SECONDS.toNanos(7);
        line.finish();

        assertEquals(1, bytes.toString(StandardCharsets.UTF_8).lines().count(), bytes.toString(StandardCharsets.UTF_8));
    }

    private static void at(long[] now, int seconds, ImportProgressLine line, ImportProgress progress) {
        now[0] = TimeUnit.SECONDS.toNanos(seconds);
        line.progress(progress);
    }

    /** Events on 2026-07-20, apart from the other tests' data. */
    private Path write(String name, int... seconds) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int second : seconds) {
            lines.append("{\"@timestamp\":\"2026-07-20T08:00:%02dZ\",\"event\":{\"kind\":\"event\"},\"message\":\"progress %d\"}\n"
                    .formatted(second, second));
        }
        return Files.writeString(dir.resolve(name), lines);
    }
}
