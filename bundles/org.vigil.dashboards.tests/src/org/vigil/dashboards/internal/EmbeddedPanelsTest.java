package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceDescriptor;
import org.vigil.local.LuceneSource;

/** Figures of numbers on the embedded store, counted by hand: the engine's stats reach the panel. */
class EmbeddedPanelsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TimeRange DAY = new TimeRange(Instant.parse("2026-06-01T00:00:00Z"),
            Instant.parse("2026-06-02T00:00:00Z"));

    private static LuceneSource source;
    private static PanelRunner runner;

    @BeforeAll
    static void load() throws Exception {
        source = LuceneSource.inMemory(new SourceDescriptor("embedded", "Embedded", "lucene", "memory"), List.of(
                event(1, "2026-05-31T12:00:00Z", 999L), // the day before: left out
                event(2, "2026-06-01T01:00:00Z", 100L),
                event(3, "2026-06-01T02:00:00Z", 50L),
                event(4, "2026-06-01T03:00:00Z", 7L),
                event(5, "2026-06-01T04:00:00Z", null)).iterator(), Clock.systemUTC());
        runner = PanelRunner.over(source, null, null, null);
    }

    @AfterAll
    static void close() throws Exception {
        source.close();
    }

    @Test
    void sumAverageMinimumAndMaximumOfTheDaysBytes() {
        assertEquals(157.0, figure(Metric.Function.SUM, ""));
        assertEquals(157.0 / 3, (Double) figure(Metric.Function.AVG, ""), 1e-9);
        assertEquals(7.0, figure(Metric.Function.MIN, ""));
        assertEquals(100.0, figure(Metric.Function.MAX, ""));
        assertEquals(7.0, figure(Metric.Function.MAX, "network.bytes < 50"), "the panel's query narrows them");
    }

    @Test
    void noValuesGiveNoAverageAndASumOfZero() {
        assertEquals(null, figure(Metric.Function.AVG, "event.action:nothing"));
        assertEquals(0.0, figure(Metric.Function.SUM, "event.action:nothing"));
    }

    private static Object figure(Metric.Function function, String query) {
        Panel panel = new Panel("bytes", PanelKind.FIGURE, new Text("Bytes", "Số byte"), new Grid(0, 0, 3, 2), query,
                List.of(), 10, new Metric(function, "network.bytes"), "", null, false);
        Dashboard dashboard = new Dashboard("d", new Text("d", "d"), null, TimeSpan.LAST_30_DAYS, "", Variables.NONE,
                List.of(panel));
        PanelFigures figures = runner.evaluate(dashboard, panel, new RunSettings(DAY, Variables.NONE, HANOI,
                Locale.ENGLISH, DAY.to()), Cancellation.none());
        assertEquals(PanelFigures.Outcome.OK, figures.outcome(), figures.message());
        return figures.current().rows().get(0).get(0);
    }

    private static Event event(int n, String time, Long bytes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.action", "transfer");
        if (bytes != null) {
            fields.put("network.bytes", bytes);
        }
        return new Event("e" + n, Instant.parse(time), fields);
    }
}
