package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a tiny {@code vigil-cli bench} without Elasticsearch and checks that the table has its
 * rows. The figures themselves are not asserted: timings on a shared test machine prove nothing.
 */
class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(FrameworkUtil.getBundle(Cli.class).getBundleContext(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void aSmallRunPrintsAndWritesEveryRowOfTheTable() throws IOException {
        Path table = Files.createTempFile("vigil-bench", ".md");
        assertEquals(ExitCode.SUCCESS, run("bench", "--events", "2000", "--runs", "3", "--out", table.toString()),
                err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        String written = Files.readString(table);
        assertTrue(printed.startsWith(written), printed);
        assertTrue(written.contains("- events: 2000"), written);
        assertTrue(written.contains("| import: embedded (parse + index) vs bare Lucene"), written);
        for (String query : new String[] { "term", "boolean", "wildcard", "range", "CIDR" }) {
            assertTrue(written.contains("| search " + query + " `"), query + "\n" + written);
            assertTrue(written.contains("| count " + query + ": embedded vs hand-written Lucene"), query);
        }
        assertTrue(written.contains("| date histogram, all events"), written);
        assertTrue(written.contains("| top-10 event.action, all events"), written);
        assertTrue(written.contains("| registry: asset lookups per CPU-second of one thread against 5000 networks and 5000 domains"),
                written);
        assertTrue(written.contains("| registry: embedded import with tagging vs without, "),
                written);
        assertTrue(written.contains("| SOC overview, all six panels: embedded vs hand-written Lucene"), written);
        assertEquals(22, written.lines().filter(line -> line.endsWith("| PASS |") || line.endsWith("| FAIL |")).count(),
                written);
        assertTrue(written.lines().noneMatch(line -> line.contains("Elasticsearch")), written);
        Files.delete(table);
    }

    @Test
    void theRegistryModeMeasuresOnlyTheImportAndTheMatcher() {
        assertEquals(ExitCode.SUCCESS, run("bench", "--registry", "--events", "1000"), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, printed.lines().filter(line -> line.endsWith("| PASS |") || line.endsWith("| FAIL |")).count(),
                printed);
        assertTrue(printed.lines().anyMatch(line -> line.matches("\\| registry: asset lookups .*\\| [\\d,]+ lookups/s \\|.*")),
                printed);
    }

    @Test
    void theTaggingCostComparesTheImportsOfEachPairAndOneLoadedPairDoesNotDecideIt() {
        // CPU ms of pairs run back to back; the last plain import ran alone on the machine.
        List<RegistryBench.ImportTime> with = times(5900, 5830, 5530, 4820);
        List<RegistryBench.ImportTime> without = times(5600, 5570, 5340, 4020);
        double cost = RegistryBench.medianCost(with, without, RegistryBench.ImportTime::cpuNanos);
        assertEquals((300.0 / 5600 + 260.0 / 5570) / 2, cost, 1e-9,
                "the two middle pairs of four; least against least would have said 0.20×");
    }

    private static List<RegistryBench.ImportTime> times(long... cpuMillis) {
        return Arrays.stream(cpuMillis).mapToObj(ms -> new RegistryBench.ImportTime(0, ms * 1_000_000, 0)).toList();
    }

    @Test
    void theAggsModeMeasuresTheSocOverviewPanelsAlone() {
        assertEquals(ExitCode.SUCCESS, run("bench", "--aggs", "--events", "2000", "--runs", "2"),
                err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> rows = printed.lines().filter(line -> line.endsWith("| PASS |") || line.endsWith("| FAIL |"))
                .toList();
        assertEquals(7, rows.size(), printed);
        assertTrue(rows.stream().allMatch(row -> row.startsWith("| SOC overview")), printed);
        assertTrue(printed.contains("| SOC overview: distinct source.ip, embedded vs hand-written Lucene"), printed);
    }

    @Test
    void theElasticsearchImportModeNeedsANodeAndSaysSoBeforeWritingData() {
        assertEquals(ExitCode.USAGE, run("bench", "--es-import", "--events", "1000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--es-import needs --es-url"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("bench", "--bogus", "1"));
    }
}
