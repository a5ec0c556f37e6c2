package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cases.Text;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFileException;

/** The workspace's dashboards: shipped ones, imports that write all or nothing, files that cannot be read. */
class WorkspaceDashboardsTest {

    @TempDir
    Path workspace;

    @Test
    void aFreshWorkspaceListsTheShippedDashboardsFoundByIdOrTitle() throws Exception {
        WorkspaceDashboards store = new WorkspaceDashboards(workspace.resolve("dashboards"));
        assertEquals(List.of("compliance", "period-report", "soc-overview"), store.list().stream().map(Dashboard::id)
                .toList());
        assertEquals("soc-overview", store.find("Tổng quan SOC").orElseThrow().id());
        assertEquals("compliance", store.find("COMPLIANCE").orElseThrow().id());
        assertTrue(store.isShipped("period-report"));
    }

    @Test
    void anImportedDashboardIsSavedAndReplacesTheShippedOneWithItsId() throws Exception {
        WorkspaceDashboards store = new WorkspaceDashboards(workspace.resolve("dashboards"));
        Dashboard mine = store.find("soc-overview").orElseThrow();
        Dashboard changed = new Dashboard(mine.id(), new Text("Our SOC", "SOC của chúng tôi"), mine.description(),
                mine.time(), "labels.agency:stttt", mine.variables(), mine.panels().subList(0, 2));
        store.save(changed);
        Path file = store.location().resolve("soc-overview.json");
        Path copy = Files.writeString(workspace.resolve("copy.json"), Files.readString(file));
        Files.delete(file);

        assertEquals(changed, store.importFile(copy));
        assertEquals(changed, store.find("soc-overview").orElseThrow());
        assertEquals(List.of("soc-overview.json"), namesIn(store.location()), "no temporary file left");
    }

    @Test
    void aMalformedImportNamesFileAndLineAndLeavesTheSavedDashboardAsItWas() throws Exception {
        WorkspaceDashboards store = new WorkspaceDashboards(workspace.resolve("dashboards"));
        store.save(store.find("compliance").orElseThrow());
        Path saved = store.location().resolve("compliance.json");
        byte[] before = Files.readAllBytes(saved);
        Path broken = Files.writeString(workspace.resolve("broken.json"),
                Files.readString(saved).replace("\"panels\" : [", "\"panels\" : ["
                        + "{ \"id\": \"x\", \"kind\": \"sparkline\" },"));

        DashboardFileException e = assertThrows(DashboardFileException.class, () -> store.importFile(broken));
        assertTrue(e.getMessage().startsWith(broken + ":"), e.getMessage());
        assertTrue(e.problem().contains("sparkline"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(saved));
        assertEquals(List.of("compliance.json"), namesIn(store.location()));
    }

    @Test
    void aSavedFileThatCannotBeReadIsLeftOutAndNamed() throws Exception {
        WorkspaceDashboards store = new WorkspaceDashboards(workspace.resolve("dashboards"));
        Files.createDirectories(store.location());
        Files.writeString(store.location().resolve("half.json"), "{ \"format\": 1, \"id\": ");
        assertEquals(3, store.list().size());
        assertEquals(1, store.problems().size());
        assertTrue(store.problems().get(0).contains("half.json:1:"), store.problems().toString());
    }

    @Test
    void aNewerFormatIsRefusedAsMadeByANewerVigil() throws IOException {
        WorkspaceDashboards store = new WorkspaceDashboards(workspace.resolve("dashboards"));
        Path newer = Files.writeString(workspace.resolve("newer.json"), "{\n  \"format\": 7,\n  \"id\": \"n\"\n}\n");
        DashboardFileException e = assertThrows(DashboardFileException.class, () -> store.importFile(newer));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("newer Vigil"), e.getMessage());
        assertTrue(!Files.exists(store.location().resolve("n.json")));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
