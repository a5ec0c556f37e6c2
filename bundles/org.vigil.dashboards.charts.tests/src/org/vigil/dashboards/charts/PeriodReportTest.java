package org.vigil.dashboards.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Section;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;

/** The period report as its reader meets it: title page, then each panel in place. */
class PeriodReportTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** June 2026 in Hanoi, to the end of its last day as "--to 2026-06-30" gives it. */
    private static final TimeRange JUNE = new TimeRange(Instant.parse("2026-05-31T17:00:00Z"),
            Instant.parse("2026-06-30T16:59:59.999Z"));

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aVietnameseReportHasItsCoverAndEachPanelInOrder() {
        Panel alerts = panel("alerts", PanelKind.FIGURE, List.of(), true);
        Panel top = panel("top", PanelKind.TOP_VALUES, List.of("source.ip"), false);
        Panel broken = panel("broken", PanelKind.TOP_VALUES, List.of("source.ip"), false);
        Panel quiet = panel("quiet", PanelKind.TOP_VALUES, List.of("source.ip"), false);
        DashboardFigures figures = new DashboardFigures(
                new Dashboard("d", new Text("Period report", "Báo cáo định kỳ"), null, TimeSpan.LAST_30_DAYS, "",
                        Variables.NONE, List.of(alerts, top, broken, quiet)),
                new RunSettings(JUNE, new Variables(null, 3, null), HANOI, Locale.of("vi"),
                        Instant.parse("2026-07-01T01:30:00Z")),
                List.of(PanelFigures.of(alerts, one(120L), one(100L)),
                        PanelFigures.of(top, new FigureTable(List.of("value", "count", "share"),
                                List.of(List.of("10.0.0.5", 3L, 0.75), List.of("10.0.0.9", 1L, 0.25))), null),
                        PanelFigures.none(broken, PanelFigures.Outcome.ERROR, "không có trường source.ip"),
                        PanelFigures.of(quiet, new FigureTable(List.of("value", "count", "share"), List.of()), null)));

        Document report = PeriodReport.document(figures, "Sở Thông tin và Truyền thông");

        assertEquals("vi", report.language());
        assertEquals("Báo cáo định kỳ", report.title());
        assertEquals("01/06/2026 – 30/06/2026", report.reference());
        assertEquals(List.of(new Field("Đơn vị báo cáo", "Sở Thông tin và Truyền thông"),
                new Field("Kỳ báo cáo", "01/06/2026 – 30/06/2026"),
                new Field("So sánh với kỳ trước", "02/05/2026 – 31/05/2026"),
                new Field("Phạm vi", "cấp độ 3"), new Field("Ngày lập", "01/07/2026 08:30"),
                new Field("Múi giờ", "Asia/Ho_Chi_Minh")), report.cover());

        List<Section> sections = report.sections();
        assertEquals(List.of("Ô alerts", "Ô top", "Ô broken", "Ô quiet"), sections.stream().map(Section::heading).toList());
        assertEquals(List.of(new Field("Giá trị", "120"), new Field("Kỳ trước", "100"), new Field("Thay đổi", "+20%")),
                sections.get(0).fields());
        Section chart = sections.get(1);
        assertEquals("Hình 1. Ô top", chart.figures().get(0).caption());
        assertEquals(2 * PeriodReport.CHART_WIDTH, chart.figures().get(0).image().getWidth(), "drawn at twice for print");
        assertEquals(List.of("Giá trị", "Số lượng", "Tỷ lệ"), chart.table().header());
        assertEquals(List.of("10.0.0.5", "3", "75%"), chart.table().rows().get(0));
        assertEquals(List.of("Không có số liệu: không có trường source.ip"), sections.get(2).paragraphs());
        assertNull(sections.get(3).table());
        assertEquals(List.of("Không có số liệu trong kỳ."), sections.get(3).paragraphs());
    }

    @Test
    void withoutAUnitTheReportNamesTheDefaultOneInItsLanguage() {
        Panel alerts = panel("alerts", PanelKind.FIGURE, List.of(), false);
        DashboardFigures figures = new DashboardFigures(new Dashboard("d", new Text("SOC", "SOC"), null,
                TimeSpan.LAST_30_DAYS, "", Variables.NONE, List.of(alerts)),
                new RunSettings(JUNE, Variables.NONE, HANOI, Locale.ENGLISH, JUNE.to()),
                List.of(PanelFigures.of(alerts, one(5L), null)));
        Document report = PeriodReport.document(figures, " ");
        assertEquals(new Field("Reporting unit", "Security operations centre"), report.cover().get(0));
        assertTrue(report.cover().stream().noneMatch(f -> f.label().startsWith("Compared")), "nothing compares");
        assertEquals(List.of(new Field("Value", "5")), report.sections().get(0).fields());
    }

    private static FigureTable one(long value) {
        return new FigureTable(List.of("value"), List.of(List.of(value)));
    }

    private static Panel panel(String id, PanelKind kind, List<String> fields, boolean compare) {
        return new Panel(id, kind, new Text(id, "Ô " + id), new Grid(0, 0, 6, 3), "", fields, 10, Metric.COUNT, "", null,
                compare);
    }
}
