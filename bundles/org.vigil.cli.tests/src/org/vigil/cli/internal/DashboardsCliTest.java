package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** {@code vigil-cli dashboards} and {@code vigil-cli report} on the test framework's workspace and embedded store. */
class DashboardsCliTest {

    /** A day no other test imports into, so that the report counts this test's events only. */
    private static final String DAY = "2025-02-10";

    /** The day the period reports are made of. */
    private static final String REPORT_DAY = "2025-04-14";
    private static boolean periodDayImported;

    private final CliRun cli = new CliRun();

    @TempDir
    Path folder;

    @Test
    void listShowsTheShippedDashboardsAndShowNamesThePanels() {
        assertEquals(ExitCode.SUCCESS, cli.run("dashboards", "list"), cli.stderr());
        assertTrue(cli.stdout().contains("soc-overview") && cli.stdout().contains("compliance")
                && cli.stdout().contains("period-report"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("dashboards", "show", "period-report", "--lang", "vi"), cli.stderr());
        assertTrue(cli.stdout().contains("Báo cáo định kỳ"), cli.stdout());
        assertTrue(cli.stdout().contains("scanning-ips") && cli.stdout().contains("[event.action:port-scan]"),
                cli.stdout());
        assertEquals(ExitCode.FAILURE, cli.run("dashboards", "show", "nowhere"));
        assertTrue(cli.stderr().contains("nowhere") && cli.stderr().contains("soc-overview"), cli.stderr());
    }

    @Test
    void aMalformedImportNamesFileAndLineAndLeavesTheSavedDashboardUntouched() throws Exception {
        Path exported = folder.resolve("soc.json");
        assertEquals(ExitCode.SUCCESS, cli.run("dashboards", "export", "soc-overview", "--out", exported.toString()),
                cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("dashboards", "import", exported.toString()), cli.stderr());
        Path saved = DashboardsCommand.store(FrameworkUtil.getBundle(Cli.class).getBundleContext()).location()
                .resolve("soc-overview.json");
        byte[] before = Files.readAllBytes(saved);

        List<String> lines = new ArrayList<>(Files.readAllLines(exported));
        int line = lines.indexOf("  \"filter\" : \"\",");
        lines.set(line, "  \"filter\" : \"\""); // the comma forgotten
        Path broken = Files.write(folder.resolve("broken.json"), lines);

        assertEquals(ExitCode.FAILURE, cli.run("dashboards", "import", broken.toString()));
        assertTrue(cli.stderr().contains(broken + ":" + (line + 2) + ":"), "the line after the missing comma: "
                + cli.stderr());
        assertArrayEquals(before, Files.readAllBytes(saved));
    }

    @Test
    void theJsonReportHasThePeriodsHeadlineFiguresNextToThePreviousOnes() throws IOException {
        Path events = Files.write(folder.resolve("period.ndjson"), List.of(
                alert(1, "port-scan", "network", "203.0.113.5"), alert(2, "port-scan", "network", "203.0.113.5"),
                alert(3, "port-scan", "network", "198.51.100.7"), alert(4, "c2-connection", "malware", "10.9.0.20"),
                alert(5, "c2-connection", "malware", "10.9.0.20"), finding(6, "ws-01"), finding(7, "ws-02"),
                finding(8, "ws-02"), finding(9, "ws-03")));
        assertEquals(ExitCode.SUCCESS, cli.run("import", events.toString()), cli.stderr());
        Path report = folder.resolve("report.json");

        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "period-report", "--from", DAY, "--to",
                DAY + "T23:59:59", "--lang", "vi", "--format", "json", "--out", report.toString()), cli.stderr());
        assertTrue(cli.stdout().contains("period-report") && cli.stdout().contains(report.toString()), cli.stdout());
        String json = Files.readString(report).replaceAll("\\s+", "");
        assertTrue(json.contains("\"title\":\"Sốđịachỉ" + "IPràquét\",\"outcome\":\"ok\",\"columns\":[\"value\"],"
                + "\"rows\":[[2]],\"previous\":[[0]]"), json);
        assertTrue(json.contains("\"id\":\"malicious-ips\"") && json.contains("\"rows\":[[1]],\"previous\":[[0]]"), json);
        assertTrue(json.contains("\"id\":\"vulnerable-computers\"") && json.contains("\"rows\":[[3]]"), json);
        assertTrue(json.contains("\"id\":\"alerts\"") && json.contains("\"rows\":[[5]]"), json);
        assertTrue(json.contains("[\"network\",3,0.6],[\"malware\",2,0.4]"), "alerts by category: " + json);
    }

    @Test
    void theSocOverviewCountsScanningSourcesAndAnUnknownAgencyFailsOnlyThePanelsItNarrows() throws IOException {
        String day = "2025-03-10";
        Files.write(folder.resolve("soc.ndjson"), List.of(alert(day, 1, "port-scan", "network", "192.0.2.1"),
                alert(day, 2, "port-scan", "network", "192.0.2.1"), alert(day, 3, "port-scan", "network", "192.0.2.2")));
        assertEquals(ExitCode.SUCCESS, cli.run("import", folder.resolve("soc.ndjson").toString()), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "soc-overview", "--from", day, "--to",
                day + "T23:59:59"), cli.stderr());
        String json = cli.stdout().replaceAll("\\s+", "");
        assertTrue(json.contains("\"id\":\"top-scanning-sources\",\"kind\":\"top-values\",\"title\":\"Topscanningsources\","
                + "\"outcome\":\"ok\",\"columns\":[\"value\",\"count\",\"share\"],\"rows\":[[\"192.0.2.1\",2,0.667],"
                + "[\"192.0.2.2\",1,0.333]]"), json);
        assertTrue(json.contains("\"id\":\"alerts-heat-map\",\"kind\":\"heat-map\",\"title\":\"Alertsbyhourandweekday\","
                + "\"outcome\":\"ok\""), json);

        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "soc-overview", "--agency", "nowhere", "--lang",
                "en"), cli.stderr());
        String narrowed = cli.stdout().replaceAll("\\s+", "");
        assertTrue(narrowed.contains("\"outcome\":\"error\",\"message\":\"theregistryhasnoagency\\\"nowhere\\\"\""),
                narrowed);
    }

    @Test
    void thePdfReportHasATitlePagePageNumbersAndIntactVietnamese() throws IOException {
        importPeriodDay();
        Path pdf = folder.resolve("bao-cao.pdf");
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "period-report", "--from", REPORT_DAY, "--to",
                REPORT_DAY, "--lang", "vi", "--format", "pdf", "--unit", "Sở Thông tin và Truyền thông tỉnh Bình Định",
                "--out", pdf.toString()), cli.stderr());
        assertTrue(cli.stdout().contains(pdf.toString()), cli.stdout());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "a title page and the panels: " + pages);
            String title = page(document, 1);
            assertTrue(title.contains("BÁO CÁO ĐỊNH KỲ") && title.contains("Sở Thông tin và Truyền thông tỉnh Bình Định")
                    && title.contains("Kỳ báo cáo") && title.contains("14/04/2025 – 14/04/2025")
                    && title.contains("Ngày lập"), title);
            for (int i = 1; i <= pages; i++) {
                assertTrue(page(document, i).contains("Trang " + i + "/" + pages), "page " + i);
            }
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("Số địa chỉ IP rà quét") && all.contains("Giá trị") && all.contains("Kỳ trước")
                    && all.contains("Thay đổi"), all);
            assertTrue(all.contains("Hình 1."), "charts are numbered: " + all);
        }
    }

    @Test
    void theEnglishPdfNumbersItsPagesInEnglish() throws IOException {
        importPeriodDay();
        Path pdf = folder.resolve("report.pdf");
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "soc-overview", "--from", REPORT_DAY, "--to",
                REPORT_DAY, "--lang", "en", "--format", "pdf", "--out", pdf.toString()), cli.stderr());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(page(document, 1).contains("SOC OVERVIEW") && page(document, 1).contains("Reporting unit"),
                    page(document, 1));
            assertTrue(page(document, pages).contains("Page " + pages + " of " + pages), page(document, pages));
            assertTrue(new PDFTextStripper().getText(document).contains("Top scanning sources"));
        }
    }

    @Test
    void theHtmlReportIsOneFileWithEveryPanelAndItsFigures() throws IOException {
        importPeriodDay();
        Path json = folder.resolve("figures.json");
        Path html = folder.resolve("report.html");
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "period-report", "--from", REPORT_DAY, "--to",
                REPORT_DAY, "--lang", "vi", "--out", json.toString()), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "period-report", "--from", REPORT_DAY, "--to",
                REPORT_DAY, "--lang", "vi", "--format", "html", "--out", html.toString()), cli.stderr());

        String page = Files.readString(html);
        Matcher titles = Pattern.compile("\"title\" : \"([^\"]+)\"").matcher(Files.readString(json));
        int panels = 0;
        while (titles.find()) {
            assertTrue(page.contains(titles.group(1)), "panel " + titles.group(1) + " is in the page");
            panels++;
        }
        assertTrue(panels > 5, "the dashboard and its panels: " + panels);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<meta charset=\"utf-8\">"), page);
        assertTrue(page.contains("<img src=\"data:image/png;base64,"), "charts inside the file");
        assertTrue(page.contains("<td>network</td><td>3</td>"), "alerts by category, in its table");
        assertTrue(!page.contains("src=\"http") && !page.contains("<script"), "nothing from elsewhere");
    }

    @Test
    void thePngReportIsItsPagesOneUnderTheOther() throws IOException {
        importPeriodDay();
        Path png = folder.resolve("report.png");
        assertEquals(ExitCode.SUCCESS, cli.run("report", "--dashboard", "period-report", "--from", REPORT_DAY, "--to",
                REPORT_DAY, "--lang", "en", "--format", "png", "--out", png.toString()), cli.stderr());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(Math.abs(image.getWidth() - 827) <= 1, "an A4 page at 100 dpi: " + image.getWidth());
        assertTrue(image.getHeight() > 2 * 1169, "the title page and the panels: " + image.getHeight());
    }

    @Test
    void aReportFileNeedsOutAndAnUnknownFormatIsRefused() {
        assertEquals(ExitCode.USAGE, cli.run("report", "--dashboard", "soc-overview", "--format", "pdf"));
        assertTrue(cli.stderr().contains("--out"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("report", "--dashboard", "soc-overview", "--format", "docx", "--out",
                folder.resolve("r.docx").toString()));
        assertTrue(cli.stderr().contains("docx"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("report", "--format", "json"));
        assertEquals(ExitCode.USAGE, cli.run("report", "--dashboard", "soc-overview", "--level", "7"));
    }

    @Test
    void aScheduledReportIsWrittenOnceForItsLastCompleteMonth() throws IOException {
        Path out = folder.resolve("monthly");
        assertEquals(ExitCode.SUCCESS, cli.run("report", "schedule", "add", "--dashboard", "period-report", "--every",
                "monthly", "--lang", "vi", "--format", "html", "--folder", out.toString(), "--id", "cli-monthly"),
                cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("report", "schedule", "add", "--dashboard", "period-report", "--every",
                "daily", "--folder", out.toString()));
        assertTrue(cli.stderr().contains("daily"), cli.stderr());
        try {
            assertEquals(ExitCode.SUCCESS, cli.run("report", "schedule", "run-due"), cli.stderr());
            assertTrue(cli.stdout().contains("cli-monthly: wrote"), cli.stdout());
            List<Path> written;
            try (var files = Files.list(out)) {
                written = files.toList();
            }
            assertEquals(1, written.size(), written.toString());
            assertTrue(written.get(0).getFileName().toString().matches("period-report_\\d{4}-\\d{2}-01_\\d{4}-\\d{2}-\\d{2}\\.html"),
                    written.toString());
            assertTrue(Files.readString(written.get(0)).contains("BÁO CÁO ĐỊNH KỲ") || Files.readString(written.get(0))
                    .contains("Báo cáo định kỳ"));

            assertEquals(ExitCode.SUCCESS, cli.run("report", "schedule", "run-due"), cli.stderr());
            assertFalse(cli.stdout().contains("cli-monthly"), "the month is written: " + cli.stdout());
            assertEquals(ExitCode.SUCCESS, cli.run("report", "schedule", "list"), cli.stderr());
            assertTrue(cli.stdout().contains("cli-monthly") && cli.stdout().contains(written.get(0).toString()),
                    cli.stdout());
        } finally {
            assertEquals(ExitCode.SUCCESS, cli.run("report", "schedule", "remove", "cli-monthly"), cli.stderr());
        }
        assertEquals(ExitCode.FAILURE, cli.run("report", "schedule", "remove", "cli-monthly"));
    }

    /** The same events on a day of their own, imported once however many tests ask. */
    private void importPeriodDay() throws IOException {
        if (periodDayImported) {
            return;
        }
        Path events = Files.write(folder.resolve("report-day.ndjson"), List.of(
                alert(REPORT_DAY, 1, "port-scan", "network", "203.0.113.5"),
                alert(REPORT_DAY, 2, "port-scan", "network", "203.0.113.6"),
                alert(REPORT_DAY, 3, "port-scan", "network", "198.51.100.7"),
                alert(REPORT_DAY, 4, "c2-connection", "malware", "10.9.0.20")));
        assertEquals(ExitCode.SUCCESS, cli.run("import", events.toString()), cli.stderr());
        periodDayImported = true;
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String alert(int n, String action, String category, String source) {
        return alert(DAY, n, action, category, source);
    }

    private static String alert(String day, int n, String action, String category, String source) {
        return ("{\"@timestamp\":\"%sT0%d:00:00Z\",\"event\":{\"kind\":\"alert\",\"action\":\"%s\",\"category\":\"%s\"},"
                + "\"source\":{\"ip\":\"%s\"},\"message\":\"dashboard fixture %d\"}").formatted(day, n, action, category,
                        source, n);
    }

    private static String finding(int n, String host) {
        return ("{\"@timestamp\":\"%sT0%d:00:00Z\",\"event\":{\"kind\":\"state\",\"category\":\"vulnerability\"},"
                + "\"host\":{\"name\":\"%s\"},\"message\":\"dashboard fixture %d\"}").formatted(DAY, n, host, n);
    }
}
