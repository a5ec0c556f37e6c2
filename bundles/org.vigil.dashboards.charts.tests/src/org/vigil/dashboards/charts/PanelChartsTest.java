package org.vigil.dashboards.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;

class PanelChartsTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Three local days, 1 to 4 March 2026 in Hanoi: each starts at 17:00 UTC the day before. */
    private static final TimeRange PERIOD = new TimeRange(Instant.parse("2026-02-28T17:00:00Z"),
            Instant.parse("2026-03-03T17:00:00Z"));
    private static final List<Instant> DAYS = List.of(Instant.parse("2026-02-28T17:00:00Z"),
            Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-02T17:00:00Z"));

    private static final java.awt.Shape AREA = new java.awt.Rectangle(1, 1);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void seriesOverTimeAreTheFiguresInLocalDays() {
        PanelChart chart = chart(panel(PanelKind.EVENTS_OVER_TIME, ChartStyle.LINE, List.of(), ""),
                new FigureTable(List.of("time", "count"), rows(DAYS, 5L, 0L, 12L)), Locale.ENGLISH, ChartTheme.LIGHT);

        XYPlot plot = chart.chart().getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals("Events", data.getSeriesKey(0));
        for (int i = 0; i < DAYS.size(); i++) {
            assertEquals(DAYS.get(i).toEpochMilli(), data.getXValue(0, i));
        }
        assertEquals(List.of(5.0, 0.0, 12.0), List.of(data.getYValue(0, 0), data.getYValue(0, 1), data.getYValue(0, 2)));
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        assertEquals(TimeZone.getTimeZone(HANOI), axis.getTimeZone());
        assertTrue(plot.getRenderer().getToolTipGenerator(0, 1).generateToolTip(data, 0, 1).contains("2026-03-02 00:00"),
                "the second bucket is shown as local midnight");
        assertEquals(Optional.of(Drill.to(new TimeRange(DAYS.get(1), DAYS.get(2)))),
                chart.drill(new XYItemEntity(AREA, data, 0, 1, null, null)));
        assertEquals(Optional.of(Drill.to(new TimeRange(DAYS.get(2), PERIOD.to()))),
                chart.drill(new XYItemEntity(AREA, data, 0, 2, null, null)), "the last bucket ends with the period");
    }

    @Test
    void aSplitSeriesDrillsToItsValueAndBucket() {
        PanelChart chart = chart(panel(PanelKind.EVENTS_OVER_TIME, ChartStyle.STACKED_AREA, List.of(), "event.severity"),
                new FigureTable(List.of("time", "high", "low"),
                        List.of(List.of(DAYS.get(0), 1L, 4L), List.of(DAYS.get(1), 2L, 5L), List.of(DAYS.get(2), 3L, 6L))),
                Locale.ENGLISH, ChartTheme.LIGHT);

        XYPlot plot = chart.chart().getXYPlot();
        assertInstanceOf(StackedXYAreaRenderer2.class, plot.getRenderer());
        XYDataset data = plot.getDataset();
        assertEquals(List.of("high", "low"), List.of(data.getSeriesKey(0), data.getSeriesKey(1)));
        assertEquals(6.0, data.getYValue(1, 2));
        assertEquals(Optional.of(new Drill("event.severity", "low", new TimeRange(DAYS.get(0), DAYS.get(1)))),
                chart.drill(new XYItemEntity(AREA, data, 1, 0, null, null)));
        assertTrue(chart.chart().getLegend() != null, "several series have a legend");
    }

    @Test
    void eventsWithoutTheSplitFieldAreASeriesThatDrillsToItsBucket() {
        PanelChart chart = chart(panel(PanelKind.EVENTS_OVER_TIME, ChartStyle.STACKED_AREA, List.of(), "event.severity"),
                new FigureTable(List.of("time", "high", ""),
                        List.of(List.of(DAYS.get(0), 1L, 4L), List.of(DAYS.get(1), 2L, 5L), List.of(DAYS.get(2), 3L, 6L))),
                Locale.ENGLISH, ChartTheme.LIGHT);

        XYDataset data = chart.chart().getXYPlot().getDataset();
        assertEquals("(none)", data.getSeriesKey(1));
        assertEquals(Optional.of(Drill.to(new TimeRange(DAYS.get(1), DAYS.get(2)))),
                chart.drill(new XYItemEntity(AREA, data, 1, 1, null, null)));
    }

    @Test
    void topValuesAreHorizontalBarsWhoseClickNamesTheValue() {
        Panel panel = panel(PanelKind.TOP_VALUES, ChartStyle.HORIZONTAL_BAR, List.of("source.ip"), "");
        PanelChart chart = chart(panel, new FigureTable(List.of("value", "count", "share"),
                List.of(List.of("10.0.0.5", 40L, 0.5), List.of("10.0.0.9", 30L, 0.375), List.of("", 10L, 0.125))),
                Locale.ENGLISH, ChartTheme.LIGHT);

        CategoryPlot plot = chart.chart().getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("10.0.0.5", "10.0.0.9", "(none)"), data.getColumnKeys());
        assertEquals(30, data.getValue(0, 1).intValue());

        List<Drill> clicked = new ArrayList<>();
        for (ChartEntity entity : entities(chart.chart())) {
            if (entity instanceof CategoryItemEntity) {
                clicked.add(chart.drill(entity).orElseThrow());
            }
        }
        assertEquals(List.of(new Drill("source.ip", "10.0.0.5", PERIOD), new Drill("source.ip", "10.0.0.9", PERIOD),
                Drill.to(PERIOD)), clicked);
    }

    @ParameterizedTest
    @EnumSource(value = ChartStyle.class, names = { "PIE", "DONUT" })
    void topValuesAsPieOrDonutFollowTheStyle(ChartStyle style) {
        PanelChart chart = chart(panel(PanelKind.TOP_VALUES, style, List.of("host.name"), ""),
                new FigureTable(List.of("value", "count", "share"),
                        List.of(List.of("web-01", 3L, 0.75), List.of("db-01", 1L, 0.25))),
                Locale.ENGLISH, ChartTheme.LIGHT);

        PiePlot<?> pie = (PiePlot<?>) chart.chart().getPlot();
        assertEquals(style == ChartStyle.DONUT, pie instanceof RingPlot);
        assertEquals(List.of("web-01", "db-01"), pie.getDataset().getKeys());
        assertEquals(3, pie.getDataset().getValue(0).intValue());
        Optional<Drill> drill = entities(chart.chart()).stream().filter(PieSectionEntity.class::isInstance)
                .map(chart::drill).findFirst().orElseThrow();
        assertEquals(Optional.of(new Drill("host.name", "web-01", PERIOD)), drill);
    }

    @Test
    void casesBySeverityReadInVietnameseAndDrillByTheirWord() {
        PanelChart chart = chart(panel(PanelKind.CASES_BY_SEVERITY, null, List.of(), ""),
                new FigureTable(List.of("value", "count"), List.of(List.of("low", 2L), List.of("high", 5L))),
                Locale.of("vi"), ChartTheme.LIGHT);

        CategoryDataset data = chart.chart().getCategoryPlot().getDataset();
        assertEquals(List.of("Cao", "Thấp"), data.getColumnKeys(), "the most severe first");
        assertEquals("Số sự cố", chart.chart().getCategoryPlot().getRangeAxis().getLabel());
        assertEquals(Optional.of(new Drill("severity", "high", PERIOD)),
                chart.drill(new CategoryItemEntity(AREA, null, null, data, "Số sự cố", "Cao")));
    }

    @ParameterizedTest
    @EnumSource(value = ChartStyle.class, names = { "LINE", "BAR", "STACKED_AREA" })
    void severitySeriesGoFromTheMostSevereDownWhateverTheirCounts(ChartStyle style) {
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            XYDataset words = chart(panel(PanelKind.EVENTS_OVER_TIME, style, List.of(), "event.severity"),
                    new FigureTable(List.of("time", "low", "critical", "informational", "high", "medium"),
                            List.of(List.of(DAYS.get(0), 9L, 1L, 1L, 3L, 2L))),
                    Locale.ENGLISH, theme).chart().getXYPlot().getDataset();
            assertEquals(List.of("critical", "high", "medium", "low", "informational"), keys(words));
            assertEquals(1.0, words.getYValue(0, 0), "the critical series keeps its figures");

            XYDataset numbers = chart(panel(PanelKind.EVENTS_OVER_TIME, style, List.of(), "alert.severity"),
                    new FigureTable(List.of("time", "3", "1", "2"), List.of(List.of(DAYS.get(0), 9L, 1L, 3L))),
                    Locale.ENGLISH, theme).chart().getXYPlot().getDataset();
            assertEquals(List.of("1", "2", "3"), keys(numbers), "Suricata's 1 is its most severe");
        }
    }

    @Test
    void otherSplitsKeepTheirCountOrder() {
        XYDataset data = chart(panel(PanelKind.EVENTS_OVER_TIME, ChartStyle.LINE, List.of(), "host.name"),
                new FigureTable(List.of("time", "web-02", "db-01"), List.of(List.of(DAYS.get(0), 9L, 1L))),
                Locale.ENGLISH, ChartTheme.LIGHT).chart().getXYPlot().getDataset();
        assertEquals(List.of("web-02", "db-01"), keys(data));
    }

    @ParameterizedTest
    @EnumSource(value = ChartStyle.class, names = { "HORIZONTAL_BAR", "BAR", "PIE", "DONUT" })
    void severityBarsAndSlicesGoFromTheMostSevereDown(ChartStyle style) {
        FigureTable bySeverity = new FigureTable(List.of("value", "count"), List.of(List.of("low", 7L),
                List.of("medium", 0L), List.of("high", 5L), List.of("critical", 1L)));
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            JFreeChart chart = chart(panel(PanelKind.CASES_BY_SEVERITY, style, List.of(), ""), bySeverity,
                    Locale.ENGLISH, theme).chart();
            List<?> keys = chart.getPlot() instanceof PiePlot<?> pie ? pie.getDataset().getKeys()
                    : chart.getCategoryPlot().getDataset().getColumnKeys();
            assertEquals(List.of("Critical", "High", "Medium", "Low"), keys);
        }
    }

    @Test
    void theHeatMapHasEveryHourOfEveryWeekday() {
        List<List<Object>> rows = new ArrayList<>();
        for (long day = 1; day <= 7; day++) {
            for (long hour = 0; hour < 24; hour++) {
                rows.add(List.of(day, hour, day * 100 + hour));
            }
        }
        PanelChart chart = chart(panel(PanelKind.HEAT_MAP, null, List.of(), ""),
                new FigureTable(List.of("weekday", "hour", "count"), rows), Locale.of("vi"), ChartTheme.DARK);

        XYZDataset data = (XYZDataset) chart.chart().getXYPlot().getDataset();
        assertEquals(168, data.getItemCount(0));
        int tuesdayAt3 = 24 + 3;
        assertEquals(3.0, data.getXValue(0, tuesdayAt3));
        assertEquals(1.0, data.getYValue(0, tuesdayAt3), "Monday is the first row");
        assertEquals(203.0, data.getZValue(0, tuesdayAt3));
        assertEquals("Giờ trong ngày", chart.chart().getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void complianceOverTimeIsAPercentOfLocalDays() {
        PanelChart chart = chart(panel(PanelKind.COMPLIANCE_OVER_TIME, null, List.of(), ""),
                new FigureTable(List.of("day", "met", "total", "percent"),
                        List.of(List.of(LocalDate.of(2026, 3, 1), 3L, 10L, 30.0),
                                List.of(LocalDate.of(2026, 3, 2), 4L, 10L, 40.0))),
                Locale.ENGLISH, ChartTheme.LIGHT);

        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(DAYS.get(0).toEpochMilli(), plot.getDataset().getXValue(0, 0));
        assertEquals(40.0, plot.getDataset().getYValue(0, 1));
        assertEquals(100.0, plot.getRangeAxis().getUpperBound());
    }

    @Test
    void theDarkThemeColoursEveryPart() {
        PanelChart chart = chart(panel(PanelKind.EVENTS_OVER_TIME, ChartStyle.BAR, List.of(), ""),
                new FigureTable(List.of("time", "count"), rows(DAYS, 5L, 1L, 12L)), Locale.ENGLISH, ChartTheme.DARK);

        JFreeChart jfree = chart.chart();
        XYPlot plot = jfree.getXYPlot();
        assertEquals(ChartTheme.DARK.background(), jfree.getBackgroundPaint());
        assertEquals(ChartTheme.DARK.plotBackground(), plot.getBackgroundPaint());
        assertEquals(ChartTheme.DARK.text(), plot.getRangeAxis().getLabelPaint());
        assertEquals(ChartTheme.DARK.secondaryText(), plot.getDomainAxis().getTickLabelPaint());
        assertEquals(ChartTheme.DARK.series(0), ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(0));

        BufferedImage image = ChartImages.image(jfree, 400, 200, 1);
        assertEquals(ChartTheme.DARK.background().getRGB(), image.getRGB(1, 1), "the corner is the dark background");
    }

    @Test
    void pngAndSvgAreTheDrawnChart() throws Exception {
        PanelChart chart = chart(panel(PanelKind.TOP_VALUES, ChartStyle.HORIZONTAL_BAR, List.of("source.ip"), ""),
                new FigureTable(List.of("value", "count", "share"),
                        List.of(List.of("10.0.0.5", 40L, 0.8), List.of("10.0.0.9", 10L, 0.2))),
                Locale.of("vi"), ChartTheme.LIGHT);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart.chart(), 500, 300, 2)));
        assertEquals(1000, png.getWidth());
        assertEquals(600, png.getHeight());
        assertTrue(colours(png) > 20, "bars, text and anti-aliasing, not a blank image");

        String svg = ChartImages.svg(chart.chart(), 500, 300);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("10.0.0.5") && svg.contains("Số sự kiện"), "values and the Vietnamese axis label");
        assertTrue(svg.contains("<rect"), "the bars");
    }

    @ParameterizedTest
    @EnumSource(value = PanelKind.class, names = { "FIGURE", "TABLE", "CASE_RESPONSE_TIMES", "CASES_OVERDUE",
            "COMPLIANCE_BY_AGENCY", "COMPLIANCE_OVERDUE" })
    void kindsWithoutAChartHaveNone(PanelKind kind) {
        Panel panel = panel(kind, null, kind.requiredFields() > 0 ? List.of("host.name") : List.of(), "");
        PanelFigures figures = PanelFigures.of(panel, new FigureTable(List.of("value"), List.of(List.of(1L))), null);
        assertEquals(Optional.empty(), PanelCharts.chart(figures, settings(Locale.ENGLISH), ChartTheme.LIGHT));
    }

    @Test
    void aPanelWithoutFiguresOrWithStyleNoneHasNoChart() {
        Panel failed = panel(PanelKind.TOP_VALUES, null, List.of("source.ip"), "");
        assertEquals(Optional.empty(), PanelCharts.chart(
                PanelFigures.none(failed, PanelFigures.Outcome.ERROR, "broken"), settings(Locale.ENGLISH),
                ChartTheme.LIGHT));
        Panel none = panel(PanelKind.TOP_VALUES, ChartStyle.NONE, List.of("source.ip"), "");
        assertEquals(Optional.empty(), PanelCharts.chart(PanelFigures.of(none,
                new FigureTable(List.of("value", "count", "share"), List.of(List.of("a", 1L, 1.0))), null),
                settings(Locale.ENGLISH), ChartTheme.LIGHT));
    }

    private static PanelChart chart(Panel panel, FigureTable table, Locale language, ChartTheme theme) {
        return PanelCharts.chart(PanelFigures.of(panel, table, null), settings(language), theme).orElseThrow();
    }

    private static RunSettings settings(Locale language) {
        return new RunSettings(PERIOD, Variables.NONE, HANOI, language, PERIOD.to());
    }

    private static Panel panel(PanelKind kind, ChartStyle style, List<String> fields, String split) {
        return new Panel("p", kind, new Text("Panel", "Ô"), new Grid(0, 0, 6, 3), "", fields, 10, Metric.COUNT, split,
                style, false);
    }

    private static List<List<Object>> rows(List<Instant> times, long... counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            rows.add(List.of(times.get(i), counts[i]));
        }
        return rows;
    }

    private static List<Comparable<?>> keys(XYDataset data) {
        List<Comparable<?>> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i));
        }
        return keys;
    }

    private static List<ChartEntity> entities(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400), info);
        g.dispose();
        List<ChartEntity> entities = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            entities.add((ChartEntity) entity);
        }
        return entities;
    }

    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
