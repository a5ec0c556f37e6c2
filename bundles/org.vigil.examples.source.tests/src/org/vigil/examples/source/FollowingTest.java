package org.vigil.examples.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees while devices write into the followed folder. */
class FollowingTest {

    @TempDir
    Path folder;
    @TempDir
    Path rotated;

    private ExampleEventSource source;

    @BeforeEach
    void followTheFolder() throws Exception {
        source = new ExampleEventSource(folder, Folders.formats(), Folders.FAST_POLL);
    }

    @AfterEach
    void stop() throws Exception {
        source.deactivate();
    }

    @Test
    void linesAppendedToAFileAreFoundWithinSeconds() throws Exception {
        Path log = folder.resolve("fw.ndjson");
        append(log, line(1, "allow"), line(2, "deny"));
        awaitCount("*", 2);

        append(log, line(3, "deny"));
        awaitCount("event.action:deny", 2);
        assertEquals(3, Folders.count(source, "*"), "the earlier lines are still there, once each");
    }

    @Test
    void aRepeatedLineWrittenInTwoPollsIsTwoEvents() throws Exception {
        Path log = folder.resolve("fw.ndjson");
        append(log, line(1, "deny"));
        awaitCount("*", 1);

        append(log, line(1, "deny"));
        awaitCount("event.action:deny", 2);
    }

    @Test
    void aHalfWrittenLineIsFoundOnlyOnceItsNewlineArrives() throws Exception {
        Path log = folder.resolve("fw.ndjson");
        append(log, line(1, "allow"));
        String half = line(2, "deny");
        Files.writeString(log, half.substring(0, 20), StandardOpenOption.APPEND);
        awaitCount("*", 1);
        Thread.sleep(5 * Folders.FAST_POLL.toMillis());
        assertEquals(0, Folders.count(source, "event.action:deny"), "half a line became an event");

        Files.writeString(log, half.substring(20) + "\n", StandardOpenOption.APPEND);
        awaitCount("event.action:deny", 1);
        assertEquals(2, Folders.count(source, "*"));
    }

    @Test
    void aRotatedFileIsReadAgainFromItsStart() throws Exception {
        Path log = folder.resolve("fw.ndjson");
        append(log, line(1, "allow"), line(2, "allow"), line(3, "allow"));
        awaitCount("*", 3);

        // Log rotation: the file is moved away and a new, shorter one takes its name.
        Files.move(log, rotated.resolve("fw.ndjson.1"));
        append(log, line(4, "deny"));
        awaitCount("*", 1);
        assertEquals(1, Folders.count(source, "event.action:deny"));
    }

    @Test
    void aTruncatedFileIsReadAgainFromItsStart() throws Exception {
        Path log = folder.resolve("fw.ndjson");
        append(log, line(1, "allow"), line(2, "allow"));
        awaitCount("*", 2);

        Files.writeString(log, line(3, "deny") + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        awaitCount("event.action:allow", 0);
        assertEquals(1, Folders.count(source, "event.action:deny"));
    }

    @Test
    void aDeletedFilesEventsDisappearAndTheOthersStay() throws Exception {
        append(folder.resolve("a.ndjson"), line(1, "allow"));
        append(folder.resolve("b.ndjson"), line(2, "deny"), line(3, "deny"));
        awaitCount("*", 3);

        Files.delete(folder.resolve("b.ndjson"));
        awaitCount("*", 1);
        assertEquals(1, Folders.count(source, "event.action:allow"));
    }

    @Test
    void rowsAppendedToACsvFileAreReadWithItsHeader() throws Exception {
        Path log = folder.resolve("proxy.csv");
        append(log, "timestamp,user.name,url.domain", "2026-11-20T08:00:00Z,alice,example.org");
        awaitCount("user.name:alice", 1);

        append(log, "2026-11-20T08:01:00Z,bob,example.com");
        awaitCount("user.name:bob and url.domain:example.com", 1);
        assertEquals(2, Folders.count(source, "*"), "the header is not an event");
    }

    @Test
    void aStoppedSourceLeavesNoPollerThread() throws Exception {
        append(folder.resolve("fw.ndjson"), line(1, "allow"));
        awaitCount("*", 1);

        long before = pollers();
        source.deactivate();

        // The bundle's own component, and the sources of other test classes, poll with threads of that
        // name too; a stopped pool's thread ends a moment after the pool says it has terminated.
        Folders.await("the poller thread of the stopped source to end", () -> pollers() == before - 1);
        assertEquals(before - 1, pollers(), "the poller thread outlived its source");
        source = new ExampleEventSource(folder, Folders.formats(), Folders.FAST_POLL);
    }

    private static long pollers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(ExampleEventSource.POLLER_THREAD)).count();
    }

    private void awaitCount(String kql, long expected) throws InterruptedException {
        Folders.await(expected + " hits for " + kql, () -> Folders.countNow(source, kql) == expected);
    }

    private static void append(Path log, String... lines) throws Exception {
        Files.writeString(log, String.join("\n", lines) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String line(int n, String action) {
        return "{\"@timestamp\":\"2026-11-20T08:00:0" + n + "Z\",\"event.action\":\"" + action
                + "\",\"message\":\"line " + n + "\"}";
    }
}
