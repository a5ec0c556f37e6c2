package org.vigil.dashboards.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.charts.Drill;
import org.vigil.ui.Navigator;

/** Where a click on a panel leads: the query, the range and the filters of the case list and registry. */
class DrillsTest {

    private static final Grid GRID = new Grid(0, 0, 6, 4);
    private static final Panel SOURCES = new Panel("sources", PanelKind.TOP_VALUES, Text.both("Scanners"), GRID,
            "event.action:port-scan", List.of("source.ip"), 10, Metric.COUNT, "", null, false);
    private static final Panel PAIRS = new Panel("pairs", PanelKind.TABLE, Text.both("Pairs"), GRID,
            "", List.of("host.name", "destination.domain"), 10, Metric.COUNT, "", null, false);

    private static Dashboard dashboard(String filter) {
        return new Dashboard("d", Text.both("D"), null, null, filter, null, List.of(SOURCES, PAIRS));
    }

    @Test
    void aTopValueNarrowsThePanelsQueryAndTheDashboardsFilter() {
        FigureTable table = new FigureTable(List.of("value", "count", "share"), List.of(List.of("10.0.0.5", 3L, 0.5)));
        Map<String, String> values = Drills.rowValues(SOURCES, table, table.rows().get(0));
        assertEquals("((event.action:port-scan) and (agency:\"stc\")) and source.ip:\"10.0.0.5\"",
                Drills.query(dashboard("agency:\"stc\""), SOURCES, "", values));
        assertEquals("(event.action:port-scan) and source.ip:\"10.0.0.5\"",
                Drills.query(dashboard(""), SOURCES, "", values));
    }

    @Test
    void theVariablesSystemsNarrowTheSearchAsTheyNarrowedThePanel() {
        FigureTable table = new FigureTable(List.of("value", "count", "share"), List.of(List.of("10.0.0.5", 3L, 0.5)));
        assertEquals("(((event.action:port-scan) and (agency:\"stc\")) and (vigil.system.id:(\"a\" or \"b\")))"
                + " and source.ip:\"10.0.0.5\"", Drills.query(dashboard("agency:\"stc\""), SOURCES,
                        "vigil.system.id:(\"a\" or \"b\")", Drills.rowValues(SOURCES, table, table.rows().get(0))));
    }

    @Test
    void aTableRowOfTwoFieldsFiltersBothAndAValueWithQuotesStaysOneValue() {
        FigureTable table = new FigureTable(List.of("host.name", "destination.domain", "count"),
                List.of(List.of("ws-01", "evil \"c2\".example", 2L)));
        assertEquals("(host.name:\"ws-01\") and destination.domain:\"evil \\\"c2\\\".example\"",
                Drills.query(dashboard(""), PAIRS, "", Drills.rowValues(PAIRS, table, table.rows().get(0))));
    }

    @Test
    void aTimeBucketRunsToTheNextBucketAndTheLastToTheEndOfThePeriod() {
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        Instant t1 = Instant.parse("2026-03-02T00:00:00Z");
        Instant end = Instant.parse("2026-03-02T12:00:00Z");
        FigureTable table = new FigureTable(List.of("time", "count"), List.of(List.of(t0, 4L), List.of(t1, 5L)));
        TimeRange period = new TimeRange(t0, end);
        assertEquals(new TimeRange(t0, t1), Drills.bucket(table, table.rows().get(0), period).orElseThrow());
        assertEquals(new TimeRange(t1, end), Drills.bucket(table, table.rows().get(1), period).orElseThrow());
        FigureTable values = new FigureTable(List.of("value", "count"), List.of(List.of("a", 1L)));
        assertTrue(Drills.bucket(values, values.rows().get(0), period).isEmpty());
    }

    @Test
    void caseAndRegistryRowsBecomeTheFiltersOfTheirLists() {
        Panel severity = Panel.of("s", PanelKind.CASES_BY_SEVERITY, Text.both("S"), GRID);
        FigureTable cases = new FigureTable(List.of("value", "count"), List.of(List.of("critical", 2L)));
        assertEquals(new Navigator.CaseListRequest(null, "critical", null, false, true),
                Drills.cases(severity, cases, cases.rows().get(0)), "open critical cases, as the bar counts them");
        Panel overdue = Panel.of("o", PanelKind.CASES_OVERDUE, Text.both("O"), GRID);
        assertEquals(new Navigator.CaseListRequest(null, null, null, true, true),
                Drills.cases(overdue, cases, cases.rows().get(0)));
        Panel resolved = Panel.of("r", PanelKind.CASE_RESPONSE_TIMES, Text.both("R"), GRID);
        assertEquals(new Navigator.CaseListRequest(null, "critical", null, false, false),
                Drills.cases(resolved, cases, cases.rows().get(0)), "resolved cases are not open ones");
        Panel levels = Panel.of("l", PanelKind.SYSTEMS_BY_LEVEL, Text.both("L"), GRID);
        FigureTable systems = new FigureTable(List.of("level", "systems"), List.of(Arrays.asList(3L, 7L)));
        assertEquals(new Navigator.RegistryRequest(null, 3, false),
                Drills.registry(levels, systems, systems.rows().get(0)));
    }

    @Test
    void aClickOnACaseOrRegistryChartFiltersByTheValueItCarries() {
        TimeRange period = new TimeRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"));
        Panel categories = Panel.of("c", PanelKind.CASES_BY_CATEGORY, Text.both("C"), GRID);
        assertEquals(new Navigator.CaseListRequest(null, null, "network-scan", false, false),
                Drills.cases(categories, new Drill("category", "network-scan", period)));
        Panel statuses = Panel.of("s", PanelKind.CASES_BY_STATUS, Text.both("S"), GRID);
        assertEquals(new Navigator.CaseListRequest("in-progress", null, null, false, true),
                Drills.cases(statuses, new Drill("status", "in-progress", period)));
        Panel severities = Panel.of("v", PanelKind.CASES_BY_SEVERITY, Text.both("V"), GRID);
        assertEquals(new Navigator.CaseListRequest(null, "high", null, false, true),
                Drills.cases(severities, new Drill("severity", "high", period)), "open high cases, as the bar counts them");
        Panel opened = Panel.of("o", PanelKind.CASES_OPENED_RESOLVED, Text.both("O"), GRID);
        assertEquals(new Navigator.CaseListRequest(null, null, null, false, false),
                Drills.cases(opened, Drill.to(period)));
        assertEquals(new Navigator.RegistryRequest(null, 2, false), Drills.registry(new Drill("level", "2", period)));
    }
}
