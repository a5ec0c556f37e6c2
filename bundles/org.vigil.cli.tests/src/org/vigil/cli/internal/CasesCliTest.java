package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil-cli cases} on the embedded store of the test workspace, as an operator would run
 * it. Cases made by earlier tests stay in the store, so each test works on the numbers it made.
 */
class CasesCliTest {

    private static final Pattern NUMBER = Pattern.compile("VIG-\\d{4}-\\d{4,}");

    private final CliRun cli = new CliRun();

    @TempDir
    Path directory;

    private String create(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "cases";
        command[1] = "create";
        System.arraycopy(args, 0, command, 2, args.length);
        assertEquals(ExitCode.SUCCESS, cli.run(command), cli.stderr());
        Matcher number = NUMBER.matcher(cli.stdout());
        assertTrue(number.find(), cli.stdout());
        return number.group();
    }

    @Test
    void anOperatorWorksACaseFromCreationToTheIncidentReport() throws IOException {
        String number = create("--severity", "high", "--category", "malware-c2", "--tlp", "amber+strict",
                "--observable", "203.0.113.66", "--ioc", "sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "--unregistered-system", "Cổng thông tin điện tử tỉnh", "--mandatory-task", "Isolate the host", "--tag", "c2",
                "--detected-by", "Suricata", "C2 beacon from a finance workstation");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", number, "--status", "triage"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "update", number, "--status", "resolved"));
        assertTrue(cli.stderr().contains("status"), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", number, "--status", "in-progress"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "update", number, "--status", "resolved"));
        assertTrue(cli.stderr().contains("tasks") && cli.stderr().contains("Isolate the host"), cli.stderr());
        assertEquals(1, cli.stderr().lines().count(), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", number, "--done", "1", "--status", "resolved"), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "comment", number, "Host", "reinstalled."), cli.stderr());

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", number), cli.stderr());
        assertTrue(cli.stdout().startsWith(number + "  C2 beacon"), cli.stdout());
        for (String expected : new String[] { "203.0.113.66", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "[IOC]", "Isolate the host (*) [x]", "Host reinstalled.", "status: IN_PROGRESS → RESOLVED" }) {
            assertTrue(cli.stdout().contains(expected), expected + " missing from\n" + cli.stdout());
        }

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "export", "--lang", "vi", number), cli.stderr());
        assertTrue(cli.stdout().contains("Báo cáo sự cố an toàn thông tin mạng — " + number), cli.stdout());
        assertTrue(cli.stdout().contains("| Cổng thông tin điện tử tỉnh | chưa xác định |"), cli.stdout());
        Path report = directory.resolve("report-en.md");
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "export", "--lang", "en", "--out", report.toString(), number), cli.stderr());
        String english = Files.readString(report);
        assertTrue(english.startsWith("# Incident report — " + number) && english.contains("Task done: Isolate the host"),
                english);
    }

    @Test
    void theReportIsWrittenAsPdfWhenTheFileOrTheFormatSaysSo() throws IOException {
        String number = create("--tlp", "red", "--system", "cong-ttdt-tinh", "Defaced district portal");
        Path pdf = directory.resolve("report.pdf");
        Path named = directory.resolve("report.out");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "export", "--lang", "vi", "--out", pdf.toString(), number), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "export", "--format", "pdf", "--out", named.toString(), number),
                cli.stderr());

        for (Path file : new Path[] { pdf, named }) {
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(bytes.length > 1000 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
                    file + " is not a PDF");
        }
    }

    @Test
    void aPdfIsNeverPrintedToTheTerminalAndAFileThatCannotBeWrittenIsNamed() {
        String number = create("Scan of the mail server");
        Path missing = directory.resolve("no-such-folder/report.pdf");

        assertEquals(ExitCode.USAGE, cli.run("cases", "export", "--format", "pdf", number));
        assertTrue(cli.stderr().contains("--out") && cli.stdout().isEmpty(), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("cases", "export", "--format", "docx", number));
        assertTrue(cli.stderr().contains("docx"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "export", "--out", missing.toString(), number));
        assertTrue(cli.stderr().contains(missing.toString()), cli.stderr());
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void aSystemIsNamedByItsRegistryIdAndAnUnknownIdIsRefusedWithTheNearestSystems() {
        String number = create("--system", "cong-ttdt-tinh", "--unregistered-system", "Wifi khách tầng 2",
                "Defacement of the province portal");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", number), cli.stderr());
        assertTrue(cli.stdout().contains("Cổng thông tin điện tử tỉnh (3)") && cli.stdout().contains("Wifi khách tầng 2"),
                cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "list", "--system", "cong-ttdt-tinh"), cli.stderr());
        assertTrue(cli.stdout().contains(number), cli.stdout());

        assertEquals(ExitCode.FAILURE, cli.run("cases", "update", number, "--system", "cong-ttdt"));
        assertTrue(cli.stderr().contains("'cong-ttdt'") && cli.stderr().contains("cong-ttdt-tinh"), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", number), cli.stderr());
        assertEquals(1, cli.stdout().lines().filter(line -> line.contains("Cổng thông tin")).count(), cli.stdout());
    }

    @Test
    void theListShowsTheCasesOfAStatus() {
        String triaged = create("Port scan from 198.51.100.7");
        String fresh = create("Another scan");
        cli.run("cases", "update", triaged, "--status", "triage");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "list", "--status", "triage"), cli.stderr());
        assertTrue(cli.stdout().contains(triaged) && !cli.stdout().contains(fresh), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "list", "--text", "another scan", "--sort", "severity"), cli.stderr());
        assertTrue(cli.stdout().contains(fresh), cli.stdout());
    }

    @Test
    void aTemplateGivesTheCaseItsTasksInTheLanguageAsked() {
        String number = create("--template", "portal-exploit", "--lang", "vi", "Telerik exploited on the district portal");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", number), cli.stderr());
        assertTrue(cli.stdout().contains("Lưu giữ nhật ký máy chủ web"), cli.stdout());
    }

    @Test
    void mergedCasesAreFoundByBothNumbersAndSeveralCasesChangeAtOnce() {
        String from = create("--observable", "domain:update-check.example.net", "Beacon, host A");
        String into = create("Beacon, host B");
        String third = create("Beacon, host C");

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", from, "--merge-into", into), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", from), cli.stderr());
        assertTrue(cli.stdout().startsWith(into + "  Beacon, host B") && cli.stdout().contains("update-check.example.net"),
                cli.stdout());

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", into, third, "--status", "triage"), cli.stderr());
        assertEquals(2, cli.stdout().lines().count(), cli.stdout());
        assertEquals(ExitCode.USAGE, cli.run("cases", "update", into, third, "--title", "x"));
    }

    @Test
    void operatorsAddedInTheSettingsCanBeAssigned() {
        String number = create("Phishing mail to the finance department");
        assertEquals(ExitCode.FAILURE, cli.run("cases", "update", number, "--assignee", "le.van.c"));
        assertTrue(cli.stderr().contains("assignee") && cli.stderr().contains("le.van.c"), cli.stderr());

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "settings", "--unit", "Trung tâm Giám sát an toàn thông tin tỉnh",
                "--operator", "le.van.c"), cli.stderr());
        assertTrue(cli.stdout().contains("le.van.c"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "update", number, "--assignee", "le.van.c"), cli.stderr());
    }

    @Test
    void badInputIsAUsageErrorOrAFailureWithOneLine() {
        assertEquals(ExitCode.USAGE, cli.run("cases"));
        assertEquals(ExitCode.USAGE, cli.run("cases", "frobnicate"));
        assertEquals(ExitCode.USAGE, cli.run("cases", "show"));
        assertEquals(ExitCode.USAGE, cli.run("cases", "create", "--severity", "extreme", "Scan"));
        assertTrue(cli.stderr().contains("extreme") && cli.stderr().contains("critical"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "create", "--observable", "md5:abc123", "Scan"));
        assertTrue(cli.stderr().contains("observables") && cli.stderr().contains("abc123"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "show", "--store", "nowhere", "VIG-2026-0001"));
        assertTrue(cli.stderr().contains("nowhere") && cli.stderr().contains("local"), cli.stderr());
        assertEquals(1, cli.stderr().lines().count(), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("cases", "show", "VIG-1999-0001"));
        assertFalse(cli.stderr().isBlank());
    }
}
