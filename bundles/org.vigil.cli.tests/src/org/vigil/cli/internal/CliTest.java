package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Runs {@code vigil-cli} commands in the test framework and checks what a user would read. */
class CliTest {

    private static final String SEPTEMBER_FROM = "2026-09-10T00:00:00Z";
    private static final String SEPTEMBER_TO = "2026-09-11T00:00:00Z";
    /** Where the example source plugin reads its folder from; see docs/PLUGINS.md. */
    private static final String EXAMPLE_FOLDER_PROPERTY = "vigil.example.folder";

    private final CliRun cli = new CliRun();

    /** The folder the example source plugin follows in the tests that install it. */
    @TempDir
    Path exampleFolder;

    @Test
    void versionNamesVigilAndJava() {
        assertEquals(ExitCode.SUCCESS, cli.run("version"));
        assertTrue(cli.stdout().startsWith("Vigil 0.1.0"), cli.stdout());
        assertTrue(cli.stdout().contains("Java " + Runtime.version()), cli.stdout());
    }

    @Test
    void pluginsListsVigilBundlesTheirServicesAndTheEmbeddedSource() {
        assertEquals(ExitCode.SUCCESS, cli.run("plugins"), cli.stderr());
        assertTrue(cli.stdout().contains("org.vigil.events"), cli.stdout());
        assertTrue(cli.stdout().contains("org.vigil.events.SourceRegistry"), cli.stdout());
        assertTrue(cli.stdout().lines().anyMatch(line -> line.trim().startsWith("embedded ")), cli.stdout());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        assertEquals(ExitCode.USAGE, cli.run("frobnicate"));
        assertTrue(cli.stderr().contains("frobnicate"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("version", "--extra"));
        assertEquals(ExitCode.USAGE, cli.run("plugins", "--install"));
        assertEquals(ExitCode.USAGE, cli.run());
    }

    @Test
    void demoWritesTheRequestedNumberOfNdjsonEventsReproducibly() throws IOException {
        Path first = Files.createTempFile("vigil-demo", ".ndjson");
        Path second = Files.createTempFile("vigil-demo", ".ndjson");
        assertEquals(ExitCode.SUCCESS, cli.run("demo", "--events", "250", "--end", "2026-11-01T00:00:00Z", "--out",
                first.toString()), cli.stderr());
        cli.run("demo", "--events", "250", "--end", "2026-11-01T00:00:00Z", "--out", second.toString());

        List<String> lines = Files.readAllLines(first);
        assertEquals(250, lines.size());
        assertTrue(lines.stream().allMatch(line -> line.startsWith("{\"@timestamp\":\"2026-")), lines.get(0));
        assertEquals(lines, Files.readAllLines(second));
    }

    @Test
    void demoRejectsANegativeCountWithAUsageError() {
        assertEquals(ExitCode.USAGE, cli.run("demo", "--events", "-5"));
        assertTrue(cli.stderr().contains("--events") && cli.stderr().contains("-5"), cli.stderr());
    }

    @Test
    void countAndSearchReadAPluginsSourceThroughTheRegistry() throws Exception {
        Bundle example = startExampleSourceOnDemoEvents("cli-test:example");
        try {
            assertEquals(ExitCode.SUCCESS, cli.run("count", "--source", "example", "--from", "now-8d"), cli.stderr());
            assertEquals("1000", cli.stdout().strip());
            assertEquals(ExitCode.SUCCESS, cli.run("search", "--source", "example", "--from", "now-8d", "--limit", "1500",
                    "--format", "ndjson", "event.kind:alert or event.kind:state"), cli.stderr());
            List<String> lines = cli.stdout().lines().toList();
            assertTrue(lines.size() > 100 && lines.size() < 1000, "alerts and findings: " + lines.size());
            assertTrue(lines.stream().allMatch(line -> line.contains("\"event.kind\":\"alert\"")
                    || line.contains("\"event.kind\":\"state\"")), lines.get(0));
        } finally {
            example.uninstall();
        }
    }

    @Test
    void severalSourcesAreSearchedAsOneWithEachHitNamingItsSource() throws Exception {
        Bundle example = startExampleSourceOnDemoEvents("cli-test:example-multi");
        try {
            assertEquals(ExitCode.SUCCESS, cli.run("count", "--source", "embedded", "--from", "now-8d"), cli.stderr());
            long embedded = Long.parseLong(cli.stdout().strip());
            assertEquals(ExitCode.SUCCESS, cli.run("count", "--source", "example,embedded", "--from", "now-8d"),
                    cli.stderr());
            assertEquals(1000 + embedded, Long.parseLong(cli.stdout().strip()));

            assertEquals(ExitCode.SUCCESS, cli.run("search", "--source", "embedded, example", "--from", "now-8d",
                    "--limit", "5", "--format", "ndjson"), cli.stderr());
            List<String> lines = cli.stdout().lines().toList();
            assertEquals(5, lines.size(), cli.stdout());
            assertTrue(lines.stream().allMatch(line -> line.contains("\"vigil.source.id\":\"")), lines.get(0));

            assertEquals(ExitCode.USAGE, cli.run("count", "--source", "example,example"));
            assertTrue(cli.stderr().contains("example,example"), cli.stderr());
            assertEquals(ExitCode.FAILURE, cli.run("count", "--source", "example,nowhere"));
            assertTrue(cli.stderr().contains("nowhere"), cli.stderr());
        } finally {
            example.uninstall();
        }
    }

    @Test
    void aQuerySyntaxErrorIsAUsageErrorThatPointsAtTheSpot() {
        assertEquals(ExitCode.USAGE, cli.run("count", "source.ip:(10.0.0.1 or"));
        assertTrue(cli.stderr().contains("source.ip:(10.0.0.1 or"), cli.stderr());
        assertTrue(cli.stderr().contains("^"), cli.stderr());
    }

    @Test
    void anUnknownSourceListsTheSourcesThereAre() {
        assertEquals(ExitCode.FAILURE, cli.run("count", "--source", "nowhere", "x"));
        assertTrue(cli.stderr().contains("nowhere") && cli.stderr().contains("embedded"), cli.stderr());
    }

    @Test
    void importReportsRejectedLinesAndReImportingAddsNothing() throws IOException {
        Path file = Files.createTempFile("vigil-import", ".ndjson");
        Files.writeString(file, String.join("\n", ecs(1), ecs(2), "not json {", ecs(4), "{\"event\":{}}", ecs(6))
                + "\n");

        assertEquals(ExitCode.FAILURE, cli.run("import", file.toString()), "rejected lines make exit code 1");
        assertTrue(cli.stdout().contains(file + ": ecs.ndjson, 6 lines, 4 imported, 2 rejected"), cli.stdout());
        assertTrue(cli.stdout().contains(file + ":3: ") && cli.stdout().contains(file + ":5: "), cli.stdout());
        assertEquals(1, cli.stderr().lines().count(), cli.stderr());
        long imported = count();
        cli.run("import", "--format", "ecs.ndjson", file.toString());

        assertEquals(imported, count(), "re-importing replaces the events by id");
        assertEquals(4, imported, "count sees the imported events (vigil.demo=false keeps the store empty)");
    }

    @Test
    void importListsTheFieldsWhoseValuesDidNotFitAfterTheRejectionsAndImportsEveryLine() throws IOException {
        Path file = Files.createTempFile("vigil-conflicts", ".ndjson");
        String line = "{\"@timestamp\":\"2026-08-01T01:00:0%dZ\",\"WinKeywords\":%s,\"source\":{\"ip\":\"%s\"}}\n";
        Files.writeString(file, line.formatted(1, "32", "10.0.0.1") + line.formatted(2, "\"0x8020000000000000\"", "unknown")
                + line.formatted(3, "\"0x8010000000000000\"", "10.0.0.3") + "not json {\n");

        assertEquals(ExitCode.FAILURE, cli.run("import", file.toString()), cli.stderr());

        List<String> lines = cli.stdout().lines().toList();
        assertTrue(lines.contains(file + ": ecs.ndjson, 4 lines, 3 imported, 1 rejected"), cli.stdout());
        int rejection = lines.indexOf(lines.stream().filter(each -> each.startsWith(file + ":4: ")).findFirst().orElseThrow());
        assertEquals(List.of(
                "Fields whose values did not all have the field's type (all imported; a query on the field finds both):",
                "  WinKeywords: long; keyword values kept in vigil.conflict.WinKeywords: 2",
                "  source.ip: ip; keyword values kept in vigil.conflict.source.ip: 1"),
                lines.subList(rejection + 1, lines.size()));
        assertEquals(ExitCode.SUCCESS, cli.run("count", "--from", "2026-08-01T00:00:00Z", "--to", "2026-08-02T00:00:00Z",
                "WinKeywords:0x8020000000000000 or WinKeywords:32 or source.ip:unknown"), cli.stderr());
        assertEquals("2", cli.stdout().strip());
    }

    @Test
    void importUsageErrorsAndUnreadableFiles() {
        assertEquals(ExitCode.USAGE, cli.run("import"));
        assertEquals(ExitCode.USAGE, cli.run("import", "--format", "nope", "x.log"));
        assertEquals(ExitCode.FAILURE, cli.run("import", "/nowhere/x.log"));
        assertTrue(cli.stdout().contains("/nowhere/x.log: not imported"), cli.stdout());
    }

    @Test
    void sourcesListsIdNameEngineAndLocation() {
        assertEquals(ExitCode.SUCCESS, cli.run("sources"), cli.stderr());
        assertTrue(cli.stdout().lines().anyMatch(line -> line.trim().startsWith("embedded ") && line.contains("lucene")),
                cli.stdout());
        assertEquals(ExitCode.USAGE, cli.run("sources", "extra"));
    }

    @Test
    void kqlPrintsTheQueryDslWithTermAndRangeOnTheRightFields() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, cli.run("kql", "--source", "embedded", "--from", "2026-09-01T00:00:00Z",
                "event.action:logon-failed and destination.port >= 1000"), cli.stderr());
        String json = cli.stdout();
        assertTrue(json.matches("(?s).*\\{\\s*\"term\": \\{\\s*\"event\\.action\": .*"), json);
        assertTrue(json.matches("(?s).*\"range\": \\{\\s*\"destination\\.port\": .*"), json);
        assertTrue(json.matches("(?s).*\"range\": \\{\\s*\"@timestamp\": .*"), json);
        assertTrue(json.lines().count() > 10, "indented: " + json);
    }

    @Test
    void topListsValuesWithCountsAndShares() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, cli.run("top", "--size", "5", "--from", SEPTEMBER_FROM, "--to", SEPTEMBER_TO,
                "event.action", "event.kind:event"), cli.stderr());
        List<String> lines = cli.stdout().lines().toList();
        assertEquals("event.action: 5 hits, 5 with the field", lines.get(0), cli.stdout());
        assertTrue(lines.get(1).matches("\\s+logon-failed\\s+3\\s+60\\.0%"), cli.stdout());
        assertTrue(lines.get(2).matches("\\s+logon-success\\s+2\\s+40\\.0%"), cli.stdout());
        assertEquals(ExitCode.USAGE, cli.run("top"));
    }

    @Test
    void histogramPrintsOneLinePerBucketInLocalTime() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, cli.run("histogram", "--bars", "24", "--from", SEPTEMBER_FROM, "--to",
                SEPTEMBER_TO, "event.kind:event"), cli.stderr());
        List<String> buckets = cli.stdout().lines().skip(1).toList();
        assertTrue(cli.stdout().startsWith("5 hits"), cli.stdout());
        assertTrue(buckets.size() >= 2 && buckets.size() <= 25, "about --bars buckets over the day: " + cli.stdout());
        assertTrue(buckets.stream().allMatch(line -> line.matches("\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+\\d+")),
                cli.stdout());
        assertEquals(5, buckets.stream().mapToLong(line -> Long.parseLong(line.trim().split("\\s+")[2])).sum());
    }

    @Test
    void csvHasAFixedHeaderAndQuotesCommasAndQuotes() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, cli.run("search", "--format", "csv", "--limit", "3", "--from", SEPTEMBER_FROM,
                "--to", SEPTEMBER_TO, "event.kind:event"), cli.stderr());
        List<String> lines = cli.stdout().lines().toList();
        assertEquals(4, lines.size(), cli.stdout());
        assertTrue(lines.get(0).startsWith("@timestamp,_id,") && lines.get(0).contains(",user.name"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-09-10T04:00:00Z,"), lines.get(1));
        assertTrue(lines.get(1).contains(",\"Nguyen, \"\"Ba\"\"\""), lines.get(1));
        assertTrue(cli.stdout().contains("\r\n"), "RFC 4180 line ends");
    }

    /** Five events on 2026-09-10, apart from the other tests' data; re-importing replaces them. */
    private void importSeptember() throws IOException {
        Path file = Files.createTempFile("vigil-september", ".ndjson");
        List<String> actions = List.of("logon-failed", "logon-success", "logon-failed", "logon-success", "logon-failed");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            lines.append(("{\"@timestamp\":\"2026-09-10T0%d:00:00Z\",\"event\":{\"kind\":\"event\",\"action\":\"%s\"},"
                    + "\"destination\":{\"port\":3389},\"source\":{\"ip\":\"10.9.9.%d\"},"
                    + "\"user\":{\"name\":\"Nguyen, \\\"Ba\\\"\"}}\n").formatted(i, actions.get(i), i));
        }
        Files.writeString(file, lines);
        assertEquals(ExitCode.SUCCESS, cli.run("import", file.toString()), cli.stdout() + cli.stderr());
    }

    private long count() {
        assertEquals(ExitCode.SUCCESS, cli.run("count", "--source", "embedded", "--from", "2026-10-01T00:00:00Z", "--to",
                "2026-10-03T00:00:00Z", "message:import"), cli.stderr());
        return Long.parseLong(cli.stdout().strip());
    }

    private static String ecs(int n) {
        return "{\"@timestamp\":\"2026-10-02T01:15:%02dZ\",\"event\":{\"kind\":\"event\"},\"message\":\"import %d\"}"
                .formatted(n, n);
    }

    /**
     * Installs the example source following a folder that holds a thousand demo events of the last
     * week, and waits until it has read them.
     */
    private Bundle startExampleSourceOnDemoEvents(String location) throws Exception {
        String demo = exampleFolder.resolve("demo.ndjson").toString();
        assertEquals(ExitCode.SUCCESS, cli.run("demo", "--events", "1000", "--days", "7", "--out", demo), cli.stderr());
        Bundle example = FrameworkUtil.getBundle(Cli.class).getBundleContext().installBundle(location,
                Files.newInputStream(exampleSourceJar()));
        System.setProperty(EXAMPLE_FOLDER_PROPERTY, exampleFolder.toString());
        try {
            example.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!(cli.run("count", "--source", "example", "--from", "now-8d") == ExitCode.SUCCESS
                    && "1000".equals(cli.stdout().strip())) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            System.clearProperty(EXAMPLE_FOLDER_PROPERTY);
        }
        return example;
    }

    static Path exampleSourceJar() throws IOException {
        Path target = Path.of(System.getProperty("vigil.repo.root", "../.."), "bundles",
                "org.vigil.examples.source", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("org\\.vigil\\.examples\\.source-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("build the example source first: no jar in " + target));
        }
    }
}
