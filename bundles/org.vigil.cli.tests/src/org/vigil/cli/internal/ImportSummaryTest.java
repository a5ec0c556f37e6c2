package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportReport;

/** The summary tells how to finish an import that stopped midway, and only then. */
class ImportSummaryTest {

    private static final String HOW_TO_FINISH = "To finish, import the same files again";

    @Test
    void aFileThatFailedAfterSomeEventsWereWrittenEndsWithHowToFinish() {
        String printed = print(new ImportReport(List.of(new FileReport("conn.log", FileReport.Outcome.FAILED,
                Optional.of("zeek.json"), Optional.of("Elasticsearch source team: connection refused"), 28_083, 8_383,
                List.of())), false));

        assertTrue(printed.contains("conn.log: not imported (Elasticsearch source team: connection refused); "
                + "format zeek.json, 8383 imported before the failure"), printed);
        assertTrue(printed.contains(HOW_TO_FINISH), printed);
    }

    @Test
    void aFileRefusedBeforeAnythingWasWrittenNeedsNoFinishing() {
        String printed = print(new ImportReport(List.of(FileReport.failed("x.log", Optional.empty(), "no format")),
                false));

        assertFalse(printed.contains(HOW_TO_FINISH), printed);
    }

    private static String print(ImportReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ImportSummary(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(report);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
