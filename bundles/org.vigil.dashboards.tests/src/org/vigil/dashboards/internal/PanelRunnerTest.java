package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.FiguresJson;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelFigures.Outcome;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;
import org.vigil.events.testing.MisbehavingSource;
import org.vigil.events.testing.MisbehavingSource.Misbehaviour;

/** The runner: each panel on its own, honest about what it cannot compute, cancellable. */
class PanelRunnerTest {

    private static final TimeRange WEEK = new TimeRange(StubSource.CURRENT, StubSource.CURRENT.plusSeconds(7 * 86_400));

    private final StubSource source = new StubSource();
    private final PanelRunner runner = PanelRunner.over(source, null, null, null);

    @Test
    void aFailingPanelLeavesTheOthersTheirFigures() {
        Panel text = new Panel("text", PanelKind.TOP_VALUES, text("text"), grid(), "", List.of("message"), 5, null, "",
                null, false);
        DashboardFigures figures = runner.evaluate(dashboard(figure("ok", "", Metric.COUNT, false),
                figure("bad", "broken:1", Metric.COUNT, false), text,
                Panel.of("cases", PanelKind.CASES_BY_SEVERITY, text("c"), grid()),
                figure("after", "", Metric.COUNT, false)), settings(Variables.NONE), Cancellation.none());

        assertEquals(List.of(Outcome.OK, Outcome.ERROR, Outcome.NOT_AVAILABLE, Outcome.ERROR, Outcome.OK),
                figures.panels().stream().map(PanelFigures::outcome).toList());
        assertEquals("no field broken", figures.panels().get(1).message());
        assertTrue(figures.panels().get(2).message().contains("free text"), figures.panels().get(2).message());
        assertTrue(figures.panels().get(3).message().contains("case store"), figures.panels().get(3).message());
        assertEquals(List.of(List.of(120L)), figures.panels().get(4).current().rows());
    }

    @Test
    void aHangingSourceFailsItsPanelsAtTheTimeLimitNamingTheSource() {
        MisbehavingSource stuck = new MisbehavingSource("stuck-indexer", Misbehaviour.HANGS);
        try {
            Instant start = Instant.now();
            DashboardFigures figures = PanelRunner.over(stuck, null, null, null).evaluate(
                    dashboard(figure("a", "", Metric.COUNT, false), figure("b", "", Metric.COUNT, true)),
                    settings(Variables.NONE).withSourceTimeout(Duration.ofMillis(300)), Cancellation.none());

            assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0,
                    "the run ends at the limit, not when the source answers");
            for (PanelFigures panel : figures.panels()) {
                assertEquals(Outcome.ERROR, panel.outcome());
                assertTrue(panel.message().contains("stuck-indexer") && panel.message().contains("0.3"),
                        panel.message());
            }
        } finally {
            stuck.release();
        }
    }

    @Test
    void sumAverageMinimumAndMaximumAreTheSourcesStats() {
        List<Object> values = new java.util.ArrayList<>();
        for (Metric.Function function : List.of(Metric.Function.SUM, Metric.Function.AVG, Metric.Function.MIN,
                Metric.Function.MAX, Metric.Function.DISTINCT)) {
            PanelFigures figures = runner.evaluate(dashboard(),
                    figure("m", "", new Metric(function, "network.bytes"), false), settings(Variables.NONE),
                    Cancellation.none());
            assertEquals(Outcome.OK, figures.outcome(), figures.message());
            values.add(figures.current().rows().get(0).get(0));
        }
        assertEquals(List.of(10.0, 2.5, 1.0, 4.0, 2L), values);
    }

    @Test
    void anAverageOfNoValuesIsNoFigureRatherThanZero() {
        PanelFigures figures = runner.evaluate(dashboard(), figure("m", "", new Metric(Metric.Function.AVG, "absent"),
                true), settings(Variables.NONE), Cancellation.none());
        assertEquals(Outcome.OK, figures.outcome());
        assertEquals(java.util.Arrays.asList((Object) null), figures.current().rows().get(0));
        assertTrue(figures.change().isEmpty());
    }

    @Test
    void aComparedFigureHasThePreviousPeriodAndTheChange() {
        PanelFigures figures = runner.evaluate(dashboard(), figure("f", "", Metric.COUNT, true), settings(Variables.NONE),
                Cancellation.none());
        assertEquals(List.of(List.of(100L)), figures.previous().rows());
        assertEquals(0.2, figures.change().orElseThrow(), 1e-9);
    }

    @Test
    void aSplitSeriesHasOneColumnPerTopValue() {
        Panel split = new Panel("s", PanelKind.EVENTS_OVER_TIME, text("s"), grid(), "", List.of(), 5, null,
                "event.severity", ChartStyle.STACKED_AREA, false);
        PanelFigures figures = runner.evaluate(dashboard(), split, settings(Variables.NONE), Cancellation.none());
        assertEquals(List.of("time", "a", "b"), figures.current().columns());
        assertEquals(List.of(StubSource.CURRENT, 1L, 1L), figures.current().rows().get(0));
        assertEquals(List.of(StubSource.CURRENT.plusSeconds(86_400), 2L, 3L), figures.current().rows().get(1));
        assertEquals(1, source.requests(), "one request however many series");
    }

    @Test
    void aCancelledRunEndsEveryPanelAsCancelled() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        DashboardFigures figures = runner.evaluate(dashboard(figure("a", "", Metric.COUNT, false)),
                settings(Variables.NONE), cancellation);
        assertEquals(Outcome.CANCELLED, figures.panels().get(0).outcome());
    }

    @Test
    void anAgencyVariableWithoutARegistryFailsThePanelSayingWhy() {
        PanelFigures figures = runner.evaluate(dashboard(), figure("f", "", Metric.COUNT, false),
                settings(new Variables("so-tttt", null, null)), Cancellation.none());
        assertEquals(Outcome.ERROR, figures.outcome());
        assertTrue(figures.message().contains("registry"), figures.message());
    }

    @Test
    void theJsonNamesEveryPanelWithItsOutcomeAndFigures() throws Exception {
        DashboardFigures figures = runner.evaluate(dashboard(figure("ok", "", Metric.COUNT, true),
                figure("sum", "", new Metric(Metric.Function.MAX, "network.bytes"), false)), settings(Variables.NONE),
                Cancellation.none());
        StringWriter json = new StringWriter();
        FiguresJson.write(figures, json);
        String text = json.toString().replaceAll("\\s+", "");
        assertTrue(text.contains("\"period\":{\"from\":\"2026-06-08T07:00:00+07:00\""), text);
        assertTrue(text.contains("\"id\":\"ok\",\"kind\":\"figure\",\"title\":\"Ôok\",\"outcome\":\"ok\","
                + "\"columns\":[\"value\"],\"rows\":[[120]],\"previous\":[[100]],\"change\":0.2"), text);
        assertTrue(text.contains("\"id\":\"sum\",\"kind\":\"figure\",\"title\":\"Ôsum\",\"outcome\":\"ok\","
                + "\"columns\":[\"value\"],\"rows\":[[4.0]]"), text);
    }

    @Test
    void theHeatMapHasEveryHourOfTheWeekWithTheSourcesCounts() {
        PanelFigures figures = runner.evaluate(dashboard(), Panel.of("h", PanelKind.HEAT_MAP, text("h"), grid()),
                settings(Variables.NONE), Cancellation.none());
        assertEquals(Outcome.OK, figures.outcome(), figures.message());
        assertEquals(168, figures.current().rows().size());
        assertEquals(List.of(1L, (long) StubSource.BUSY_HOUR, 7L), figures.current().rows().get(StubSource.BUSY_HOUR));
        assertEquals(7L, figures.current().column("count").stream().mapToLong(c -> (Long) c).sum());
    }

    @Test
    void aTwoFieldTableHasTheMostFrequentPairsFirstUpToItsSize() {
        Panel table = new Panel("t", PanelKind.TABLE, text("t"), grid(), "", List.of("source.ip", "destination.port"),
                3, null, "", null, false);
        PanelFigures figures = runner.evaluate(dashboard(), table, settings(Variables.NONE), Cancellation.none());
        assertEquals(List.of("source.ip", "destination.port", "count"), figures.current().columns());
        assertEquals(List.of(List.of("a", "a", 5L), List.of("b", "a", 5L), List.of("a", "b", 3L)),
                figures.current().rows());
    }

    private static Panel figure(String id, String query, Metric metric, boolean compare) {
        return new Panel(id, PanelKind.FIGURE, text(id), grid(), query, List.of(), 10, metric, "", null, compare);
    }

    private static Dashboard dashboard(Panel... panels) {
        return new Dashboard("test", text("test"), null, TimeSpan.LAST_30_DAYS, "", Variables.NONE, List.of(panels));
    }

    private static RunSettings settings(Variables variables) {
        return new RunSettings(WEEK, variables, ZoneId.of("Asia/Ho_Chi_Minh"), Locale.forLanguageTag("vi"),
                Instant.parse("2026-06-20T00:00:00Z"));
    }

    private static Text text(String en) {
        return new Text(en, "Ô " + en);
    }

    private static Grid grid() {
        return new Grid(0, 0, 4, 2);
    }
}
