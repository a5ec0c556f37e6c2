package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Runs {@code vigil-cli} commands in the test framework and checks what a user would read. */
class CliTest {

    private static final String SEPTEMBER_FROM = "2026-09-10T00:00:00Z";
    private static final String SEPTEMBER_TO = "2026-09-11T00:00:00Z";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Bundle cli = FrameworkUtil.getBundle(Cli.class);
        return new Cli(cli.getBundleContext(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionNamesVigilAndJava() {
        assertEquals(ExitCode.SUCCESS, run("version"));
        assertTrue(stdout().startsWith("Vigil 0.1.0"), stdout());
        assertTrue(stdout().contains("Java " + Runtime.version()), stdout());
    }

    @Test
    void pluginsListsVigilBundlesTheirServicesAndTheEmbeddedSource() {
        assertEquals(ExitCode.SUCCESS, run("plugins"), stderr());
        assertTrue(stdout().contains("org.vigil.events"), stdout());
        assertTrue(stdout().contains("org.vigil.events.SourceRegistry"), stdout());
        assertTrue(stdout().lines().anyMatch(line -> line.trim().startsWith("embedded ")), stdout());
    }

    @Test
    void anInstalledBundlesSourceAppearsWithoutRestart() throws IOException {
        Path jar = exampleSourceJar();
        assertEquals(ExitCode.SUCCESS, run("plugins", "--install", jar.toString()), stderr());
        assertTrue(stdout().lines().anyMatch(line -> line.trim().startsWith("example ")), stdout());
        assertTrue(stdout().contains("(org.vigil.examples.source)"), stdout());
    }

    @Test
    void aMissingJarIsAFailureNamingThePath() {
        assertEquals(ExitCode.FAILURE, run("plugins", "--install", "/nowhere/source.jar"));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("/nowhere/source.jar"), stderr());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertEquals(ExitCode.USAGE, run("version", "--extra"));
        assertEquals(ExitCode.USAGE, run("plugins", "--install"));
        assertEquals(ExitCode.USAGE, run());
        assertTrue(stderr().contains("frobnicate"), stderr());
    }

    @Test
    void demoWritesTheRequestedNumberOfNdjsonEventsReproducibly() throws IOException {
        Path first = Files.createTempFile("vigil-demo", ".ndjson");
        Path second = Files.createTempFile("vigil-demo", ".ndjson");
        assertEquals(ExitCode.SUCCESS, run("demo", "--events", "250", "--end", "2026-11-01T00:00:00Z", "--out",
                first.toString()), stderr());
        run("demo", "--events", "250", "--end", "2026-11-01T00:00:00Z", "--out", second.toString());

        List<String> lines = Files.readAllLines(first);
        assertEquals(250, lines.size());
        assertTrue(lines.stream().allMatch(line -> line.startsWith("{\"@timestamp\":\"2026-")), lines.get(0));
        assertEquals(lines, Files.readAllLines(second));
    }

    @Test
    void demoRejectsANegativeCountWithAUsageError() {
        assertEquals(ExitCode.USAGE, run("demo", "--events", "-5"));
        assertTrue(stderr().contains("--events") && stderr().contains("-5"), stderr());
    }

    @Test
    void countAndSearchReadAPluginsSourceThroughTheRegistry() throws Exception {
        Bundle example = FrameworkUtil.getBundle(Cli.class).getBundleContext()
                .installBundle("cli-test:example", Files.newInputStream(exampleSourceJar()));
        try {
            example.start();
            assertEquals(ExitCode.SUCCESS, run("count", "--source", "example", "--from", "now-8d"), stderr());
            assertEquals("1000", stdout().strip());
            out.reset();
            assertEquals(ExitCode.SUCCESS, run("search", "--source", "example", "--from", "now-8d", "--limit", "1500",
                    "--format", "ndjson", "event.kind:alert or event.kind:state"), stderr());
            List<String> lines = stdout().lines().toList();
            assertTrue(lines.size() > 100 && lines.size() < 1000, "alerts and findings: " + lines.size());
            assertTrue(lines.stream().allMatch(line -> line.contains("\"event.kind\":\"alert\"")
                    || line.contains("\"event.kind\":\"state\"")), lines.get(0));
        } finally {
            example.uninstall();
        }
    }

    @Test
    void aQuerySyntaxErrorIsAUsageErrorThatPointsAtTheSpot() {
        assertEquals(ExitCode.USAGE, run("count", "source.ip:(10.0.0.1 or"));
        assertTrue(stderr().contains("source.ip:(10.0.0.1 or"), stderr());
        assertTrue(stderr().contains("^"), stderr());
    }

    @Test
    void anUnknownSourceListsTheSourcesThereAre() {
        assertEquals(ExitCode.FAILURE, run("count", "--source", "nowhere", "x"));
        assertTrue(stderr().contains("nowhere") && stderr().contains("embedded"), stderr());
    }

    @Test
    void importReportsRejectedLinesAndReImportingAddsNothing() throws IOException {
        Path file = Files.createTempFile("vigil-import", ".ndjson");
        Files.writeString(file, String.join("\n", ecs(1), ecs(2), "not json {", ecs(4), "{\"event\":{}}", ecs(6))
                + "\n");

        assertEquals(ExitCode.FAILURE, run("import", file.toString()), "rejected lines make exit code 1");
        assertTrue(stdout().contains(file + ": ecs.ndjson, 6 lines, 4 imported, 2 rejected"), stdout());
        assertTrue(stdout().contains(file + ":3: ") && stdout().contains(file + ":5: "), stdout());
        assertEquals(1, stderr().lines().count(), stderr());
        long imported = count();
        run("import", "--format", "ecs.ndjson", file.toString());

        assertEquals(imported, count(), "re-importing replaces the events by id");
        assertEquals(4, imported, "count sees the imported events (vigil.demo=false keeps the store empty)");
    }

    @Test
    void importUsageErrorsAndUnreadableFiles() {
        assertEquals(ExitCode.USAGE, run("import"));
        assertEquals(ExitCode.USAGE, run("import", "--format", "nope", "x.log"));
        assertEquals(ExitCode.FAILURE, run("import", "/nowhere/x.log"));
        assertTrue(stdout().contains("/nowhere/x.log: not imported"), stdout());
    }

    @Test
    void sourcesListsIdNameEngineAndLocation() {
        assertEquals(ExitCode.SUCCESS, run("sources"), stderr());
        assertTrue(stdout().lines().anyMatch(line -> line.trim().startsWith("embedded ") && line.contains("lucene")),
                stdout());
        assertEquals(ExitCode.USAGE, run("sources", "extra"));
    }

    @Test
    void kqlPrintsTheQueryDslWithTermAndRangeOnTheRightFields() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, run("kql", "--source", "embedded", "--from", "2026-09-01T00:00:00Z",
                "event.action:logon-failed and destination.port >= 1000"), stderr());
        String json = stdout();
        assertTrue(json.matches("(?s).*\\{\\s*\"term\": \\{\\s*\"event\\.action\": .*"), json);
        assertTrue(json.matches("(?s).*\"range\": \\{\\s*\"destination\\.port\": .*"), json);
        assertTrue(json.matches("(?s).*\"range\": \\{\\s*\"@timestamp\": .*"), json);
        assertTrue(json.lines().count() > 10, "indented: " + json);
    }

    @Test
    void topListsValuesWithCountsAndShares() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, run("top", "--size", "5", "--from", SEPTEMBER_FROM, "--to", SEPTEMBER_TO,
                "event.action", "event.kind:event"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals("event.action: 5 hits, 5 with the field", lines.get(0), stdout());
        assertTrue(lines.get(1).matches("\\s+logon-failed\\s+3\\s+60\\.0%"), stdout());
        assertTrue(lines.get(2).matches("\\s+logon-success\\s+2\\s+40\\.0%"), stdout());
        assertEquals(ExitCode.USAGE, run("top"));
    }

    @Test
    void histogramPrintsOneLinePerBucketInLocalTime() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, run("histogram", "--bars", "24", "--from", SEPTEMBER_FROM, "--to",
                SEPTEMBER_TO, "event.kind:event"), stderr());
        List<String> buckets = stdout().lines().skip(1).toList();
        assertTrue(stdout().startsWith("5 hits"), stdout());
        assertTrue(buckets.size() >= 2 && buckets.size() <= 25, "about --bars buckets over the day: " + stdout());
        assertTrue(buckets.stream().allMatch(line -> line.matches("\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+\\d+")),
                stdout());
        assertEquals(5, buckets.stream().mapToLong(line -> Long.parseLong(line.trim().split("\\s+")[2])).sum());
    }

    @Test
    void csvHasAFixedHeaderAndQuotesCommasAndQuotes() throws IOException {
        importSeptember();
        assertEquals(ExitCode.SUCCESS, run("search", "--format", "csv", "--limit", "3", "--from", SEPTEMBER_FROM,
                "--to", SEPTEMBER_TO, "event.kind:event"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(4, lines.size(), stdout());
        assertTrue(lines.get(0).startsWith("@timestamp,_id,") && lines.get(0).contains(",user.name"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2026-09-10T04:00:00Z,"), lines.get(1));
        assertTrue(lines.get(1).contains(",\"Nguyen, \"\"Ba\"\"\""), lines.get(1));
        assertTrue(stdout().contains("\r\n"), "RFC 4180 line ends");
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
        assertEquals(ExitCode.SUCCESS, run("import", file.toString()), stdout() + stderr());
        out.reset();
    }

    private long count() {
        out.reset();
        assertEquals(ExitCode.SUCCESS, run("count", "--source", "embedded", "--from", "2026-10-01T00:00:00Z", "--to",
                "2026-10-03T00:00:00Z", "message:import"), stderr());
        return Long.parseLong(stdout().strip());
    }

    private static String ecs(int n) {
        return "{\"@timestamp\":\"2026-10-02T01:15:%02dZ\",\"event\":{\"kind\":\"event\"},\"message\":\"import %d\"}"
                .formatted(n, n);
    }

    private static Path exampleSourceJar() throws IOException {
        Path target = Path.of(System.getProperty("vigil.repo.root", "../.."), "bundles",
                "org.vigil.examples.source", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("org\\.vigil\\.examples\\.source-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("build the example source first: no jar in " + target));
        }
    }
}
