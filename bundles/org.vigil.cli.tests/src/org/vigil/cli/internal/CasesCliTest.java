package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code vigil-cli cases} on the embedded store of the test workspace, as an operator would run
 * it. Cases made by earlier tests stay in the store, so each test works on the numbers it made.
 */
class CasesCliTest {

    private static final Pattern NUMBER = Pattern.compile("VIG-\\d{4}-\\d{4,}");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(FrameworkUtil.getBundle(Cli.class).getBundleContext(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String create(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "cases";
        command[1] = "create";
        System.arraycopy(args, 0, command, 2, args.length);
        assertEquals(ExitCode.SUCCESS, run(command), stderr());
        Matcher number = NUMBER.matcher(stdout());
        assertTrue(number.find(), stdout());
        return number.group();
    }

    @Test
    void anOperatorWorksACaseFromCreationToTheIncidentReport() throws IOException {
        String number = create("--severity", "high", "--category", "malware-c2", "--tlp", "amber+strict",
                "--observable", "203.0.113.66", "--ioc", "sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "--system", "Cổng thông tin điện tử tỉnh", "--mandatory-task", "Isolate the host", "--tag", "c2",
                "--detected-by", "Suricata", "C2 beacon from a finance workstation");

        assertEquals(ExitCode.SUCCESS, run("cases", "update", number, "--status", "triage"), stderr());
        assertEquals(ExitCode.FAILURE, run("cases", "update", number, "--status", "resolved"));
        assertTrue(stderr().contains("status"), stderr());
        assertEquals(ExitCode.SUCCESS, run("cases", "update", number, "--status", "in-progress"), stderr());
        assertEquals(ExitCode.FAILURE, run("cases", "update", number, "--status", "resolved"));
        assertTrue(stderr().contains("tasks") && stderr().contains("Isolate the host"), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
        assertEquals(ExitCode.SUCCESS, run("cases", "update", number, "--done", "1", "--status", "resolved"), stderr());
        assertEquals(ExitCode.SUCCESS, run("cases", "comment", number, "Host", "reinstalled."), stderr());

        assertEquals(ExitCode.SUCCESS, run("cases", "show", number), stderr());
        assertTrue(stdout().startsWith(number + "  C2 beacon"), stdout());
        for (String expected : new String[] { "203.0.113.66", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "[IOC]", "Isolate the host (*) [x]", "Host reinstalled.", "status: IN_PROGRESS → RESOLVED" }) {
            assertTrue(stdout().contains(expected), expected + " missing from\n" + stdout());
        }

        assertEquals(ExitCode.SUCCESS, run("cases", "export", "--lang", "vi", number), stderr());
        assertTrue(stdout().contains("Báo cáo sự cố an toàn thông tin mạng — " + number), stdout());
        assertTrue(stdout().contains("| Cổng thông tin điện tử tỉnh | chưa xác định |"), stdout());
        Path report = directory.resolve("report-en.md");
        assertEquals(ExitCode.SUCCESS, run("cases", "export", "--lang", "en", "--out", report.toString(), number), stderr());
        String english = Files.readString(report);
        assertTrue(english.startsWith("# Incident report — " + number) && english.contains("Task done: Isolate the host"),
                english);
    }

    @Test
    void theListShowsTheCasesOfAStatus() {
        String triaged = create("Port scan from 198.51.100.7");
        String fresh = create("Another scan");
        run("cases", "update", triaged, "--status", "triage");

        assertEquals(ExitCode.SUCCESS, run("cases", "list", "--status", "triage"), stderr());
        assertTrue(stdout().contains(triaged) && !stdout().contains(fresh), stdout());
        assertEquals(ExitCode.SUCCESS, run("cases", "list", "--text", "another scan", "--sort", "severity"), stderr());
        assertTrue(stdout().contains(fresh), stdout());
    }

    @Test
    void aTemplateGivesTheCaseItsTasksInTheLanguageAsked() {
        String number = create("--template", "portal-exploit", "--lang", "vi", "Telerik exploited on the district portal");

        assertEquals(ExitCode.SUCCESS, run("cases", "show", number), stderr());
        assertTrue(stdout().contains("Lưu giữ nhật ký máy chủ web"), stdout());
    }

    @Test
    void mergedCasesAreFoundByBothNumbersAndSeveralCasesChangeAtOnce() {
        String from = create("--observable", "domain:update-check.example.net", "Beacon, host A");
        String into = create("Beacon, host B");
        String third = create("Beacon, host C");

        assertEquals(ExitCode.SUCCESS, run("cases", "update", from, "--merge-into", into), stderr());
        assertEquals(ExitCode.SUCCESS, run("cases", "show", from), stderr());
        assertTrue(stdout().startsWith(into + "  Beacon, host B") && stdout().contains("update-check.example.net"),
                stdout());

        assertEquals(ExitCode.SUCCESS, run("cases", "update", into, third, "--status", "triage"), stderr());
        assertEquals(2, stdout().lines().count(), stdout());
        assertEquals(ExitCode.USAGE, run("cases", "update", into, third, "--title", "x"));
    }

    @Test
    void operatorsAddedInTheSettingsCanBeAssigned() {
        String number = create("Phishing mail to the finance department");
        assertEquals(ExitCode.FAILURE, run("cases", "update", number, "--assignee", "le.van.c"));
        assertTrue(stderr().contains("assignee") && stderr().contains("le.van.c"), stderr());

        assertEquals(ExitCode.SUCCESS, run("cases", "settings", "--unit", "Trung tâm Giám sát an toàn thông tin tỉnh",
                "--operator", "le.van.c"), stderr());
        assertTrue(stdout().contains("le.van.c"), stdout());
        assertEquals(ExitCode.SUCCESS, run("cases", "update", number, "--assignee", "le.van.c"), stderr());
    }

    @Test
    void badInputIsAUsageErrorOrAFailureWithOneLine() {
        assertEquals(ExitCode.USAGE, run("cases"));
        assertEquals(ExitCode.USAGE, run("cases", "frobnicate"));
        assertEquals(ExitCode.USAGE, run("cases", "show"));
        assertEquals(ExitCode.USAGE, run("cases", "create", "--severity", "extreme", "Scan"));
        assertTrue(stderr().contains("extreme") && stderr().contains("critical"), stderr());
        assertEquals(ExitCode.FAILURE, run("cases", "create", "--observable", "md5:abc123", "Scan"));
        assertTrue(stderr().contains("observables") && stderr().contains("abc123"), stderr());
        assertEquals(ExitCode.FAILURE, run("cases", "show", "--store", "nowhere", "VIG-2026-0001"));
        assertTrue(stderr().contains("nowhere") && stderr().contains("local"), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
        assertEquals(ExitCode.FAILURE, run("cases", "show", "VIG-1999-0001"));
        assertFalse(stderr().isBlank());
    }
}
