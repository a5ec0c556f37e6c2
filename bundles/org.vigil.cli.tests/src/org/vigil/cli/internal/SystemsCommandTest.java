package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.vigil.demo.DemoRegistry;

/** {@code vigil-cli systems} on the embedded registry, loaded with the demo province through the CLI. */
class SystemsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path agencies;
    private Path systems;

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

    @BeforeEach
    void importTheDemoProvince() throws IOException {
        agencies = copy(DemoRegistry.agencies(), "agencies");
        systems = copy(DemoRegistry.systems(), "systems");
        assertEquals(ExitCode.SUCCESS, run("systems", "import", "--agencies", agencies.toString(), systems.toString()),
                stdout() + stderr());
    }

    @Test
    void reImportingTheSameFilesUpdatesEverySystemAndAddsNone() {
        assertEquals(ExitCode.SUCCESS, run("systems", "import", "--agencies", agencies.toString(), systems.toString()));
        assertTrue(stdout().startsWith("23 agencies saved; systems: 0 added, 31 updated, 0 rows rejected"), stdout());
    }

    @Test
    void listFiltersByLevelAgencyAndOverdue() {
        assertEquals(ExitCode.SUCCESS, run("systems", "list"), stderr());
        assertTrue(stdout().startsWith("31 systems"), stdout());
        assertEquals(ExitCode.SUCCESS, run("systems", "list", "--level", "3"), stderr());
        List<String> rows = stdout().lines().skip(2).toList();
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(row -> row.split("\\s+")[1].equals("3")), stdout());
        assertEquals(ExitCode.SUCCESS, run("systems", "list", "--agency", "ubnd-h1"), stderr());
        assertTrue(stdout().contains("donghoa-portal") && stdout().contains("ubnd-h1-portal"), stdout());
        assertEquals(ExitCode.SUCCESS, run("systems", "list", "--overdue", "--dossier", "submitted"), stderr());
        assertTrue(stdout().contains("stc-portal") && !stdout().contains("cong-ttdt-tinh"), stdout());
        assertEquals(ExitCode.USAGE, run("systems", "list", "--plan", "finished"));
        assertTrue(stderr().contains("not_started"), stderr());
    }

    @Test
    void showPrintsTheFieldsAndTheTargets() {
        assertEquals(ExitCode.SUCCESS, run("systems", "show", "cong-ttdt-tinh"), stderr());
        assertTrue(stdout().contains("Cổng thông tin điện tử tỉnh (cong-ttdt-tinh, v"), stdout());
        assertTrue(stdout().contains("10.13.1.10") && stdout().contains("1520/QĐ-UBND"), stdout());
        assertTrue(stdout().contains("Compliance: "), stdout());
        assertEquals(ExitCode.FAILURE, run("systems", "show", "nope"));
        assertTrue(stderr().contains("nope"), stderr());
        assertEquals(ExitCode.USAGE, run("systems", "show"));
    }

    @Test
    void exportWritesTheTemplateThatImportReadsBack() throws IOException {
        Path exported = Files.createTempFile("vigil-systems", ".csv");
        assertEquals(ExitCode.SUCCESS, run("systems", "export", "--vi", "--out", exported.toString()), stderr());
        assertTrue(Files.readString(exported).startsWith("mã,tên hệ thống,cơ quan chủ quản,"));
        assertEquals(ExitCode.SUCCESS, run("systems", "import", exported.toString()), stdout() + stderr());
        assertTrue(stdout().contains("0 added, 31 updated, 0 rows rejected"), stdout());
        assertEquals(ExitCode.SUCCESS, run("systems", "export", "--agencies"), stderr());
        assertTrue(stdout().startsWith("id,name,parent,kind\r\n"), stdout());
        assertEquals(24, stdout().lines().count(), stdout());
    }

    @Test
    void badRowsAreListedWithFileAndLineAndTheGoodOnesImported() throws IOException {
        Path file = Files.createTempFile("vigil-bad", ".csv");
        Files.writeString(file, "id,name,agency,level,IP addresses\nstc-portal,Cổng thông tin Sở Tài chính,stc,2,10.1.1.10\n"
                + "cli-bad,Bad,stc,6,10.1.9.300\ncli-lost,Lost,nowhere,2,\n");
        assertEquals(ExitCode.FAILURE, run("systems", "import", file.toString()));
        assertTrue(stdout().contains(file + ":3: level: ") && stdout().contains("ips: "), stdout());
        assertTrue(stdout().contains(file + ":4: agency: "), stdout());
        assertTrue(stderr().contains("2 rows not imported"), stderr());
        assertEquals(ExitCode.SUCCESS, run("systems", "show", "stc-portal"), stderr());
        assertTrue(stdout().contains("Cổng thông tin Sở Tài chính (stc-portal, v"), stdout());
        assertTrue(stdout().contains("stc.demo-province.gov.vn"), "columns the file lacks keep their values: " + stdout());
    }

    @Test
    void complianceShowsTheProvinceTargetsAgenciesAndWhatIsOverdue() throws IOException {
        assertEquals(ExitCode.SUCCESS, run("systems", "compliance", "--at", "2026-11-23", "--record", "--history"),
                stderr());
        String text = stdout();
        assertTrue(text.startsWith("Compliance on 2026-11-23: "), text);
        assertTrue(text.contains("Level dossier approved") && text.contains("NOT reached"), text);
        assertTrue(text.contains("  UBND tỉnh Demo") && text.contains("      UBND xã Đông Hòa"), text);
        assertTrue(text.contains("Systems with overdue targets: ") && text.contains("stc-portal"), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("  2026-11-23 ")), text);

        Path rules = Files.createTempFile("vigil-rules", ".properties");
        Files.writeString(rules, "target.x.measure = all_layers\ntarget.x.label = Bốn lớp\n");
        assertEquals(ExitCode.SUCCESS, run("systems", "compliance", "--rules", rules.toString()), stderr());
        assertTrue(stdout().contains("Bốn lớp") && !stdout().contains("Level dossier approved"), stdout());
        Files.writeString(rules, "target.x.measure = everything\n");
        assertEquals(ExitCode.FAILURE, run("systems", "compliance", "--rules", rules.toString()));
        assertTrue(stderr().contains("target.x.measure"), stderr());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("systems"));
        assertTrue(stderr().contains("compliance [--at"), stderr());
        assertEquals(ExitCode.USAGE, run("systems", "frobnicate"));
        assertEquals(ExitCode.USAGE, run("systems", "import"));
        assertEquals(ExitCode.USAGE, run("systems", "compliance", "--at", "23/11"));
        assertEquals(ExitCode.USAGE, run("systems", "compliance", "--record", "--rules", "x"));
    }

    private static Path copy(Reader reader, String name) throws IOException {
        Path file = Files.createTempFile("vigil-demo-" + name, ".csv");
        try (reader) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            Files.writeString(file, text);
        }
        return file;
    }
}
