package org.vigil.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;

/** Edit mode's undo and redo, the edits it offers, and a panel's figures as CSV. */
class DashboardEditsTest {

    private static final Panel ALERTS = Panel.of("alerts", PanelKind.FIGURE, Text.both("Alerts"), new Grid(0, 0, 3, 2));
    private static final Panel CASES = Panel.of("cases", PanelKind.CASES_BY_SEVERITY, Text.both("Cases"),
            new Grid(3, 0, 6, 3));
    private static final Dashboard START = new Dashboard("soc", Text.both("SOC"), null, null, "", null,
            List.of(ALERTS, CASES));

    @Test
    void undoAndRedoWalkBackAndForthThroughTheEdits() {
        DashboardEdits edits = new DashboardEdits(START);
        assertFalse(edits.canUndo());
        edits.apply("move", d -> DashboardEdits.place(d, "alerts", new Grid(9, 0, 3, 2)));
        edits.apply("remove", d -> DashboardEdits.remove(d, "cases"));
        assertEquals(List.of("alerts"), ids(edits.current()));
        assertEquals(new Grid(9, 0, 3, 2), edits.current().panels().get(0).grid());
        assertEquals("remove", edits.undoLabel());
        assertTrue(edits.isDirty());

        assertEquals(List.of("alerts", "cases"), ids(edits.undo()));
        assertEquals("move", edits.undoLabel());
        assertEquals("remove", edits.redoLabel());
        assertEquals(START, edits.undo());
        assertFalse(edits.isDirty());
        assertFalse(edits.canUndo());
        assertEquals(START, edits.undo());

        edits.redo();
        assertEquals(new Grid(9, 0, 3, 2), edits.current().panel("alerts").orElseThrow().grid());
        assertEquals(List.of("alerts", "cases"), ids(edits.current()));
        // A new edit after an undo forgets what could have been redone.
        edits.apply("add", d -> DashboardEdits.add(d, Panel.of(DashboardEdits.freeId(d, "alerts"), PanelKind.FIGURE,
                Text.both("More"), new Grid(0, DashboardEdits.bottom(d), 4, 2))));
        assertFalse(edits.canRedo());
        assertEquals(List.of("alerts", "cases", "alerts-2"), ids(edits.current()));
        assertEquals(3, edits.current().panel("alerts-2").orElseThrow().grid().y());
    }

    @Test
    void aPanelMovedOrWidenedOntoOthersPushesThemDown() {
        Panel below = Panel.of("below", PanelKind.FIGURE, Text.both("Below"), new Grid(0, 3, 12, 2));
        Dashboard three = DashboardEdits.add(START, below);
        // Alerts (0,0 3x2) grows to 6 wide: it now covers cases (3,0 6x3), which goes under it, and
        // "below" goes under cases.
        Dashboard wider = DashboardEdits.place(three, "alerts", new Grid(0, 0, 6, 2));
        assertEquals(new Grid(0, 0, 6, 2), wider.panel("alerts").orElseThrow().grid());
        assertEquals(new Grid(3, 2, 6, 3), wider.panel("cases").orElseThrow().grid());
        assertEquals(new Grid(0, 5, 12, 2), wider.panel("below").orElseThrow().grid());
        assertEquals(List.of("alerts", "cases", "below"), ids(wider));
        // A move that overlaps nothing moves nothing else.
        Dashboard apart = DashboardEdits.place(three, "alerts", new Grid(9, 0, 3, 2));
        assertEquals(CASES.grid(), apart.panel("cases").orElseThrow().grid());
        assertEquals(below.grid(), apart.panel("below").orElseThrow().grid());
    }

    @Test
    void anInvalidEditChangesNothing() {
        DashboardEdits edits = new DashboardEdits(START);
        assertThrows(IllegalArgumentException.class,
                () -> edits.apply("add", d -> DashboardEdits.add(d, ALERTS)));
        assertThrows(IllegalArgumentException.class,
                () -> edits.apply("move", d -> DashboardEdits.place(d, "alerts", new Grid(10, 0, 3, 2))));
        assertEquals(START, edits.current());
        assertFalse(edits.canUndo());
        // An edit that changes nothing is not an edit to undo.
        edits.apply("same", d -> DashboardEdits.place(d, "alerts", ALERTS.grid()));
        assertFalse(edits.canUndo());
    }

    @Test
    void savingMakesTheDashboardCleanAndACopyKeepsThePanels() {
        DashboardEdits edits = new DashboardEdits(START);
        edits.apply("remove", d -> DashboardEdits.remove(d, "alerts"));
        Dashboard copy = DashboardEdits.copy(edits.current(), "soc-copy", Text.both("SOC (copy)"));
        edits.saved(copy);
        assertFalse(edits.isDirty());
        assertEquals("soc-copy", edits.current().id());
        assertEquals(List.of("cases"), ids(edits.current()));
        assertTrue(edits.canUndo());
    }

    @Test
    void csvQuotesWhatNeedsItKeepsVietnameseAndStartsFilesWithAByteOrderMark() throws IOException {
        FigureTable table = new FigureTable(List.of("time", "value", "count"),
                List.of(Arrays.asList(Instant.parse("2026-03-01T17:00:00Z"), "Sở Tài chính, \"cổng\"", 12L),
                        Arrays.asList(null, "a\nb", 0.25)));
        StringWriter out = new StringWriter();
        FigureCsv.writeFile(table, ZoneId.of("Asia/Ho_Chi_Minh"), out);
        assertEquals("\uFEFFtime,value,count\r\n2026-03-02T00:00:00+07:00,\"Sở Tài chính, \"\"cổng\"\"\",12\r\n"
                + ",\"a\nb\",0.25\r\n", out.toString());
    }

    @Test
    void figuresSayWhenTheEngineEstimatedThem() {
        FigureTable exact = new FigureTable(List.of("value"), List.of(List.of(120L)));
        FigureTable estimated = new FigureTable(List.of("value"), List.of(List.of(98_000L)), true);
        Panel distinct = new Panel("ips", PanelKind.FIGURE, Text.both("IPs"), new Grid(0, 0, 3, 2), "", List.of(), 10,
                new Metric(Metric.Function.DISTINCT, "source.ip"), "", null, true);
        assertFalse(PanelFigures.of(distinct, exact, exact).approximate());
        assertTrue(PanelFigures.of(distinct, estimated, exact).approximate());
        assertTrue(PanelFigures.of(distinct, exact, estimated).approximate());
        assertFalse(PanelFigures.none(distinct, PanelFigures.Outcome.ERROR, "down").approximate());
    }

    private static List<String> ids(Dashboard dashboard) {
        return dashboard.panels().stream().map(Panel::id).toList();
    }
}
