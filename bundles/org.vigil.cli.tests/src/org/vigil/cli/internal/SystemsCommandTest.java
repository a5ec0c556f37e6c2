package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.demo.DemoRegistry;

/** {@code vigil-cli systems} on the embedded registry, loaded with the demo province through the CLI. */
class SystemsCommandTest {

    private final CliRun cli = new CliRun();
    private Path agencies;
    private Path systems;

    @BeforeEach
    void importTheDemoProvince() throws IOException {
        agencies = copy(DemoRegistry.agencies(), "agencies");
        systems = copy(DemoRegistry.systems(), "systems");
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "import", "--agencies", agencies.toString(), systems.toString()),
                cli.stdout() + cli.stderr());
    }

    @Test
    void reImportingTheSameFilesUpdatesEverySystemAndAddsNone() {
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "import", "--agencies", agencies.toString(), systems.toString()));
        assertTrue(cli.stdout().startsWith("23 agencies saved; systems: 0 added, 31 updated, 0 rows rejected"), cli.stdout());
    }

    @Test
    void listFiltersByLevelAgencyAndOverdue() {
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list"), cli.stderr());
        assertTrue(cli.stdout().startsWith("31 systems"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list", "--level", "3"), cli.stderr());
        List<String> rows = cli.stdout().lines().skip(2).toList();
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(row -> row.split("\\s+")[1].equals("3")), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list", "--agency", "ubnd-h1"), cli.stderr());
        assertTrue(cli.stdout().contains("donghoa-portal") && cli.stdout().contains("ubnd-h1-portal"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list", "--overdue", "--dossier", "submitted"), cli.stderr());
        assertTrue(cli.stdout().contains("stc-portal") && !cli.stdout().contains("cong-ttdt-tinh"), cli.stdout());
        assertEquals(ExitCode.USAGE, cli.run("systems", "list", "--plan", "finished"));
        assertTrue(cli.stderr().contains("not_started"), cli.stderr());
    }

    @Test
    void storeLocalNamesTheEmbeddedRegistryAndAnUnknownStoreListsThoseThereAre() {
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list", "--store", "local", "--level", "3"), cli.stderr());
        String local = cli.stdout();
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "list", "--level", "3"), cli.stderr());
        assertEquals(cli.stdout(), local, "without a team registry, the embedded one is the active one");
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "show", "--store", "local", "cong-ttdt-tinh"), cli.stderr());

        assertEquals(ExitCode.FAILURE, cli.run("systems", "list", "--store", "nowhere"));
        assertTrue(cli.stderr().contains("no registry 'nowhere'; the registries are [local]")
                && cli.stderr().contains("registry.source"), cli.stderr());
        assertEquals(ExitCode.FAILURE, cli.run("systems", "import", "--store", "nowhere", systems.toString()));
    }

    @Test
    void showPrintsTheFieldsAndTheTargets() {
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "show", "cong-ttdt-tinh"), cli.stderr());
        assertTrue(cli.stdout().contains("Cổng thông tin điện tử tỉnh (cong-ttdt-tinh, v"), cli.stdout());
        assertTrue(cli.stdout().contains("10.13.1.10") && cli.stdout().contains("1520/QĐ-UBND"), cli.stdout());
        assertTrue(cli.stdout().contains("Compliance: "), cli.stdout());
        assertEquals(ExitCode.FAILURE, cli.run("systems", "show", "nope"));
        assertTrue(cli.stderr().contains("nope"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("systems", "show"));
    }

    @Test
    void exportWritesTheTemplateThatImportReadsBack() throws IOException {
        Path exported = Files.createTempFile("vigil-systems", ".csv");
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "export", "--vi", "--out", exported.toString()), cli.stderr());
        assertTrue(Files.readString(exported).startsWith("mã,tên hệ thống,cơ quan chủ quản,"));
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "import", exported.toString()), cli.stdout() + cli.stderr());
        assertTrue(cli.stdout().contains("0 added, 31 updated, 0 rows rejected"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "export", "--agencies"), cli.stderr());
        assertTrue(cli.stdout().startsWith("id,name,parent,kind\r\n"), cli.stdout());
        assertEquals(24, cli.stdout().lines().count(), cli.stdout());
    }

    @Test
    void badRowsAreListedWithFileAndLineAndTheGoodOnesImported() throws IOException {
        Path file = Files.createTempFile("vigil-bad", ".csv");
        Files.writeString(file, "id,name,agency,level,IP addresses\nstc-portal,Cổng thông tin Sở Tài chính,stc,2,10.1.1.10\n"
                + "cli-bad,Bad,stc,6,10.1.9.300\ncli-lost,Lost,nowhere,2,\n");
        assertEquals(ExitCode.FAILURE, cli.run("systems", "import", file.toString()));
        assertTrue(cli.stdout().contains(file + ":3: level: ") && cli.stdout().contains("ips: "), cli.stdout());
        assertTrue(cli.stdout().contains(file + ":4: agency: "), cli.stdout());
        assertTrue(cli.stderr().contains("2 rows not imported"), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "show", "stc-portal"), cli.stderr());
        assertTrue(cli.stdout().contains("Cổng thông tin Sở Tài chính (stc-portal, v"), cli.stdout());
        assertTrue(cli.stdout().contains("stc.demo-province.gov.vn"), "columns the file lacks keep their values: " + cli.stdout());
    }

    @Test
    void complianceShowsTheProvinceTargetsAgenciesAndWhatIsOverdue() throws IOException {
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "compliance", "--at", "2026-11-23", "--record", "--history"),
                cli.stderr());
        String text = cli.stdout();
        assertTrue(text.startsWith("Compliance on 2026-11-23: "), text);
        assertTrue(text.contains("Level dossier approved") && text.contains("NOT reached"), text);
        assertTrue(text.contains("  UBND tỉnh Demo") && text.contains("      UBND xã Đông Hòa"), text);
        assertTrue(text.contains("Systems with overdue targets: ") && text.contains("stc-portal"), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("  2026-11-23 ")), text);

        Path rules = Files.createTempFile("vigil-rules", ".properties");
        Files.writeString(rules, "target.x.measure = all_layers\ntarget.x.label = Bốn lớp\n");
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "compliance", "--rules", rules.toString()), cli.stderr());
        assertTrue(cli.stdout().contains("Bốn lớp") && !cli.stdout().contains("Level dossier approved"), cli.stdout());
        Files.writeString(rules, "target.x.measure = everything\n");
        assertEquals(ExitCode.FAILURE, cli.run("systems", "compliance", "--rules", rules.toString()));
        assertTrue(cli.stderr().contains("target.x.measure"), cli.stderr());
    }

    @Test
    void importedEventsCarryTheirSystemsAndARegistryChangeTagsTheNextImport() throws IOException {
        Path file = Files.createTempFile("vigil-tagged", ".ndjson");
        Files.writeString(file, tagged(1, "10.13.1.10") + tagged(2, "198.51.100.7"));
        assertEquals(ExitCode.SUCCESS, cli.run("import", file.toString()), cli.stdout() + cli.stderr());
        assertEquals(1, count("vigil.system.id:cong-ttdt-tinh and vigil.system.level >= 3"));
        assertEquals(0, count("vigil.system.id:stc-portal"));

        // The next test's import of the demo registry gives the portal its own networks back.
        Path change = Files.createTempFile("vigil-tag-system", ".csv");
        Files.writeString(change, "id,name,agency,level,cidrs\nstc-portal,Cổng thông tin điện tử Sở Tài chính,stc,2,198.51.100.0/24\n");
        assertEquals(ExitCode.SUCCESS, cli.run("systems", "import", change.toString()), cli.stdout() + cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("import", file.toString()), cli.stdout() + cli.stderr());
        assertEquals(1, count("vigil.system.id:stc-portal and vigil.system.level:2"),
                "re-importing after the registry changed tags the events with the system as it is now");
        assertEquals(0, count("vigil.system.name:*"), "the store keeps the id; the registry names it when it is shown");
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, cli.run("systems"));
        assertTrue(cli.stderr().contains("compliance [--store local|SOURCE] [--at"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("systems", "frobnicate"));
        assertEquals(ExitCode.USAGE, cli.run("systems", "import"));
        assertEquals(ExitCode.USAGE, cli.run("systems", "compliance", "--at", "23/11"));
        assertEquals(ExitCode.USAGE, cli.run("systems", "compliance", "--record", "--rules", "x"));
    }

    private long count(String kql) {
        assertEquals(ExitCode.SUCCESS, cli.run("count", "--from", "2026-08-05T00:00:00Z", "--to", "2026-08-06T00:00:00Z",
                kql), cli.stderr());
        return Long.parseLong(cli.stdout().strip());
    }

    private static String tagged(int second, String address) {
        return "{\"@timestamp\":\"2026-08-05T03:00:%02dZ\",\"event\":{\"action\":\"scan\"},\"source\":{\"ip\":\"%s\"}}\n"
                .formatted(second, address);
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
