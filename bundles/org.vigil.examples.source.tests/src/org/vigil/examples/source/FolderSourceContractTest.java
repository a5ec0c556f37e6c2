package org.vigil.examples.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.events.EventSource;
import org.vigil.events.testing.ContractEvents;
import org.vigil.events.testing.EventSourceContract;

/**
 * The folder source holds to the contract every source follows, on the kit's events written as
 * NDJSON log files, half in each of two files, as a device would write them.
 */
class FolderSourceContractTest extends EventSourceContract {

    /** Static: the contract loads its events before instance fields are injected. */
    @TempDir
    static Path folder;

    private ExampleEventSource source;

    @Override
    protected EventSource load(List<Event> events) throws Exception {
        int half = events.size() / 2;
        Files.writeString(folder.resolve("first.ndjson"), ndjson(events.subList(0, half)));
        Files.writeString(folder.resolve("second.json"), ndjson(events.subList(half, events.size())));
        source = new ExampleEventSource(folder, Folders.formats(), Folders.FAST_POLL);
        Folders.await("the contract events", () -> Folders.countNow(source, "*") == ContractEvents.COUNT);
        return source;
    }

    @Override
    protected void unload() throws Exception {
        source.deactivate();
    }

    static String ndjson(List<Event> events) {
        return events.stream().map(FolderSourceContractTest::json).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String json(Event event) {
        StringBuilder line = new StringBuilder("{\"@timestamp\":\"").append(event.timestamp()).append('"');
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            if (Event.TIMESTAMP.equals(field.getKey())) {
                continue;
            }
            line.append(",\"").append(field.getKey()).append("\":");
            line.append(field.getValue() instanceof Long number ? number.toString() : '"' + field.getValue().toString() + '"');
        }
        return line.append('}').toString();
    }
}
