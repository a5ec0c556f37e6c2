package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Labels;

/**
 * {@code vigil-cli cases templates}: an operator exports a template, edits the file (in
 * Vietnamese too), imports it, and the next case made from it has the edited tasks. The store
 * is the test workspace's embedded one, shared with {@link CasesCliTest}, so these tests edit
 * templates no other test uses.
 */
class CaseTemplatesCliTest {

    private static final Pattern NUMBER = Pattern.compile("VIG-\\d{4}-\\d{4,}");

    private final CliRun cli = new CliRun();
    private final Labels labels = Labels.of(Locale.getDefault());

    @TempDir
    Path directory;

    @Test
    void anEditedTemplateGivesTheNextCaseItsTasks() throws IOException {
        Path file = directory.resolve("phishing.txt");
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "export", "phishing-fraud", "--out", file.toString()),
                cli.stderr());
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(exported.contains("name.vi = Lừa đảo trực tuyến (phishing)\n"), exported);
        assertTrue(exported.contains("sla.acknowledge = 8h\nsla.resolve = 3d\n"), exported);
        assertTrue(exported.contains("mandatory-task = Block the sender, the links and the domains | Chặn người gửi, liên kết và tên miền\n"),
                exported);

        String edited = exported.replace("severity = medium", "severity = high")
                .replace("sla.acknowledge = 8h", "sla.acknowledge = 2h")
                .replace("task = Warn the staff and the public where needed | Cảnh báo cán bộ và người dân khi cần\n", "")
                + "mandatory-task = Report to the provincial police | Báo cáo Công an tỉnh\n";
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "import", file.toString()), cli.stderr());
        assertTrue(cli.stdout().contains("phishing-fraud") && cli.stdout().contains(labels.label(CaseTemplate.Origin.CHANGED)),
                cli.stdout());

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates"), cli.stderr());
        String line = cli.stdout().lines().filter(l -> l.contains("phishing-fraud")).findFirst().orElseThrow();
        assertTrue(line.contains(labels.label(CaseTemplate.Origin.CHANGED)) && line.contains("2h/3d")
                && line.contains(labels.label(org.vigil.cases.Severity.HIGH)), line);
        String scan = cli.stdout().lines().filter(l -> l.contains("network-scan")).findFirst().orElseThrow();
        assertTrue(scan.contains(labels.label(CaseTemplate.Origin.SHIPPED)), scan);

        assertEquals(ExitCode.SUCCESS, cli.run("cases", "create", "--template", "phishing-fraud", "--lang", "vi",
                "Thư giả mạo Sở Tài chính"), cli.stderr());
        Matcher number = NUMBER.matcher(cli.stdout());
        assertTrue(number.find(), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "show", number.group()), cli.stderr());
        assertTrue(cli.stdout().contains("Báo cáo Công an tỉnh (*)"), cli.stdout());
        assertFalse(cli.stdout().contains("Cảnh báo cán bộ"), cli.stdout());

        Path shipped = directory.resolve("shipped.txt");
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "export", "--shipped", "phishing-fraud", "--out",
                shipped.toString()), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "import", shipped.toString()), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "show", "phishing-fraud", "--lang", "en"), cli.stderr());
        assertTrue(cli.stdout().contains("Warn the staff and the public where needed")
                && cli.stdout().contains(Labels.of(Locale.ENGLISH).label(CaseTemplate.Origin.SHIPPED)), cli.stdout());
    }

    @Test
    void aNewTemplateIsAddedAndAFaultyFileIsRefusedNamingTheLineAndTheKey() throws IOException {
        Path file = directory.resolve("ddos.txt");
        String template = """
                # Tấn công từ chối dịch vụ
                id = portal-ddos
                name.en = Denial of service on a portal
                name.vi = Tấn công từ chối dịch vụ cổng thông tin
                category = denial-of-service
                severity = high
                sla.acknowledge = 30m
                sla.resolve = 1d
                tags = ddos, web
                mandatory-task = Contact the hosting provider | Liên hệ nhà cung cấp dịch vụ lưu trữ
                task = Collect the attacking addresses | Thu thập địa chỉ tấn công
                """;
        Files.writeString(file, template.replace("category = denial-of-service", "category = ddos"), StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE, cli.run("cases", "templates", "import", file.toString()));
        assertTrue(cli.stderr().contains("line 5") && cli.stderr().contains("category") && cli.stderr().contains("ddos"),
                cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates"), cli.stderr());
        assertFalse(cli.stdout().contains("portal-ddos"), "nothing saved from a faulty file\n" + cli.stdout());

        Files.writeString(file, template.replace("sla.resolve = 1d", "sla.resolve = soon"), StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE, cli.run("cases", "templates", "import", file.toString()));
        assertTrue(cli.stderr().contains("line 8") && cli.stderr().contains("sla.resolve"), cli.stderr());
        Files.writeString(file, template.replace("name.en = Denial of service on a portal\n", ""), StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE, cli.run("cases", "templates", "import", file.toString()));
        assertTrue(cli.stderr().contains("name.en"), cli.stderr());

        Files.writeString(file, template, StandardCharsets.UTF_8);
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "import", file.toString()), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("cases", "templates", "show", "portal-ddos", "--lang", "vi"), cli.stderr());
        assertTrue(cli.stdout().startsWith("portal-ddos  Tấn công từ chối dịch vụ cổng thông tin"), cli.stdout());
        assertTrue(cli.stdout().contains("1. Liên hệ nhà cung cấp dịch vụ lưu trữ (*)")
                && cli.stdout().contains("2. Thu thập địa chỉ tấn công"), cli.stdout());
        assertTrue(cli.stdout().contains(Labels.of(Locale.of("vi")).label(CaseTemplate.Origin.NEW)), cli.stdout());
    }
}
