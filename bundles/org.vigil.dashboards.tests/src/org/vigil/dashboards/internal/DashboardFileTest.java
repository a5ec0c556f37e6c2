package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cases.Text;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardFileException;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;

/** The dashboard file: what is written reads back the same, and every mistake is named by place. */
class DashboardFileTest {

    private static final String GOOD = """
            {
              "format": 1,
              "id": "mine",
              "title": { "en": "Mine", "vi": "Của tôi" },
              "panels": [
                {
                  "id": "scans",
                  "kind": "top-values",
                  "title": { "en": "Scans" },
                  "grid": { "x": 0, "y": 0, "w": 6, "h": 4 },
                  "query": "event.action:port-scan",
                  "fields": [ "source.ip" ]
                }
              ]
            }
            """;

    @Test
    void everyShippedDashboardReadsBackAsWritten() throws Exception {
        List<Dashboard> shipped = WorkspaceDashboards.shipped();
        assertEquals(List.of("soc-overview", "compliance", "period-report"), shipped.stream().map(Dashboard::id).toList());
        for (Dashboard dashboard : shipped) {
            assertEquals(dashboard, roundTrip(dashboard), dashboard.id());
            assertTrue(!dashboard.title().vi().isBlank() && !dashboard.panels().isEmpty(), dashboard.id());
        }
    }

    @Test
    void everySettingOfEveryKindSurvivesTheRoundTrip() throws Exception {
        Dashboard dashboard = new Dashboard("all-kinds", new Text("All kinds", "Mọi loại"), new Text("d", "mô tả"),
                new TimeSpan("2026-01-01", "2026-07-01"), "labels.agency:sotttt",
                new Variables("so-tttt", 3, "embedded"), panels());
        Dashboard back = roundTrip(dashboard);
        assertEquals(dashboard, back);
        assertEquals(PanelKind.values().length, back.panels().size());
    }

    @Test
    void theWrittenFileIsReadableJsonWithVietnameseAsTyped() throws IOException {
        StringWriter text = new StringWriter();
        DashboardFile.write(WorkspaceDashboards.shipped().get(0), text);
        assertTrue(text.toString().startsWith("{\n  \"format\" : 1,\n"), text.toString());
        assertTrue(text.toString().contains("Tổng quan SOC"), "no \\u escapes: " + text);
    }

    @Test
    void aMinimalFileGetsTheDefaults() throws Exception {
        Dashboard dashboard = DashboardFile.read("mine.json", GOOD);
        assertEquals(TimeSpan.LAST_30_DAYS, dashboard.time());
        assertEquals(Variables.NONE, dashboard.variables());
        Panel panel = dashboard.panels().get(0);
        assertEquals(ChartStyle.HORIZONTAL_BAR, panel.style());
        assertEquals(Panel.DEFAULT_SIZE, panel.size());
        assertEquals("Scans", panel.title().in(java.util.Locale.forLanguageTag("vi")), "no Vietnamese falls back to English");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing comma            | \"grid\": { \"x\": 0, \"y\": 0, \"w\": 6, \"h\": 4 }|\"grid\": { \"x\": 0 \"y\": 0, \"w\": 6, \"h\": 4 }| 10 | not valid JSON",
        "an unknown panel kind      | \"top-values\"           | \"pie-chart\"            | 8  | unknown panel kind \"pie-chart\"",
        "a missing grid             | \"grid\": { \"x\": 0, \"y\": 0, \"w\": 6, \"h\": 4 },| | 6  | \"grid\" is missing",
        "a newer format             | \"format\": 1            | \"format\": 2            | 2  | made by a newer Vigil",
        "an unknown key             | \"query\":               | \"qeury\":               | 11 | unknown key \"qeury\"",
        "a key given twice          | \"id\": \"scans\",       | \"id\": \"scans\", \"id\": \"x\",| 7  | not valid JSON",
        "a bad query                | event.action:port-scan | event.action:(port-scan | 11 | not valid KQL",
        "too many fields            | [ \"source.ip\" ]      | [ \"source.ip\", \"a\" ] | 12 | takes 1 to 1 fields",
        "a panel off the grid       | \"w\": 6               | \"w\": 13              | 10 | does not fit",
    })
    void aMistakeIsNamedByFileLineAndProblem(String mistake, String good, String bad, int line, String problem) {
        String text = GOOD.replace(good.strip(), bad == null ? "" : bad.strip());
        DashboardFileException e = assertThrows(DashboardFileException.class, () -> DashboardFile.read("mine.json", text),
                mistake);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("mine.json:" + line + ":" + e.column() + ": "), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    @Test
    void anEmptyFileAndTrailingTextAreNamed() {
        assertTrue(assertThrows(DashboardFileException.class, () -> DashboardFile.read("e.json", "  \n"))
                .problem().contains("empty"));
        DashboardFileException trailing = assertThrows(DashboardFileException.class,
                () -> DashboardFile.read("t.json", GOOD + "\n{}"));
        assertEquals(17, trailing.line(), trailing.getMessage());
    }

    @Test
    void aFileWithoutFormatSaysWhatToWrite() {
        DashboardFileException e = assertThrows(DashboardFileException.class,
                () -> DashboardFile.read("f.json", GOOD.replace("\"format\": 1,", "")));
        assertTrue(e.problem().contains("\"format\": 1"), e.getMessage());
    }

    private static List<Panel> panels() {
        List<Panel> panels = new java.util.ArrayList<>();
        int y = 0;
        for (PanelKind kind : PanelKind.values()) {
            List<String> fields = kind.maxFields() == 2 ? List.of("source.ip", "destination.port")
                    : kind.requiredFields() == 1 ? List.of("rule.name") : List.of();
            Metric metric = kind == PanelKind.FIGURE ? new Metric(Metric.Function.AVG, "network.bytes") : Metric.COUNT;
            panels.add(new Panel(kind.word(), kind, new Text(kind.name(), "Ô " + kind.name()), new Grid(0, y++, 12, 3),
                    "event.kind:alert", fields, 7, metric, kind == PanelKind.EVENTS_OVER_TIME ? "event.severity" : "",
                    ChartStyle.values()[kind.ordinal() % ChartStyle.values().length], kind.ordinal() % 2 == 0));
        }
        return panels;
    }

    private static Dashboard roundTrip(Dashboard dashboard) throws IOException, DashboardFileException {
        StringWriter text = new StringWriter();
        DashboardFile.write(dashboard, text);
        return DashboardFile.read(dashboard.id() + ".json", text.toString());
    }
}
