package org.vigil.dashboards.charts;

import java.awt.BasicStroke;
import java.text.DateFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.labels.StandardXYZToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;
import org.vigil.registry.match.EventTagger;

/**
 * Turns a panel's figures into its chart: series over time as lines, bars or stacked areas on a
 * time axis in the run's zone; counts of values as horizontal or vertical bars, pie or donut by
 * the panel's style; the heat map as hours by weekdays. Figures, tables, response times and
 * overdue lists have no chart: they are shown as their tables.
 */
public final class PanelCharts {

    private static final String BUNDLE = PanelCharts.class.getPackageName() + ".chart"; //$NON-NLS-1$

    private PanelCharts() {
    }

    /**
     * @param figures a panel's figures of one run
     * @param settings the run (its period, zone and language)
     * @param theme the colours
     * @return the chart; empty for a panel without figures, of a kind without a chart, or whose
     *         style is {@code none}
     */
    public static Optional<PanelChart> chart(PanelFigures figures, RunSettings settings, ChartTheme theme) {
        if (figures.outcome() != PanelFigures.Outcome.OK) {
            return Optional.empty();
        }
        Builder builder = new Builder(figures, settings);
        Panel panel = figures.panel();
        ChartStyle style = panel.style();
        if (style == ChartStyle.NONE && panel.kind() != org.vigil.dashboards.PanelKind.HEAT_MAP) {
            return Optional.empty();
        }
        JFreeChart chart = switch (panel.kind()) {
            case EVENTS_OVER_TIME -> builder.overTime(builder.label("events"), panel.split()); //$NON-NLS-1$
            case CASES_OPENED_RESOLVED -> builder.overTime(builder.label("cases"), null); //$NON-NLS-1$
            case COMPLIANCE_OVER_TIME -> builder.compliance();
            case TOP_VALUES -> builder.counts(builder.label("events"), panel.fields().get(0), "value", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case TOP_SYSTEMS -> builder.counts(builder.label("events"), EventTagger.ID, "system", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case CASES_BY_SEVERITY -> builder.counts(builder.label("cases"), "severity", "value", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case CASES_BY_STATUS -> builder.counts(builder.label("cases"), "status", "value", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case CASES_BY_CATEGORY -> builder.counts(builder.label("cases"), "category", "value", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case SYSTEMS_BY_LEVEL -> builder.counts(builder.label("systems"), "level", "level", "systems"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case HEAT_MAP -> builder.heatMap(theme);
            default -> null;
        };
        if (chart == null) {
            return Optional.empty();
        }
        theme.apply(chart);
        builder.afterTheme(chart, theme);
        return Optional.of(new PanelChart(figures, chart, builder.byCategory, builder.bySeries));
    }

    /** One chart's making: its labels, and the drill of each item as it is added. */
    private static final class Builder {

        private final PanelFigures figures;
        private final FigureTable table;
        private final RunSettings settings;
        private final Locale language;
        private final ResourceBundle labels;
        private final Map<Comparable<?>, Drill> byCategory = new HashMap<>();
        private final Map<Comparable<?>, List<Drill>> bySeries = new HashMap<>();

        Builder(PanelFigures figures, RunSettings settings) {
            this.figures = figures;
            this.table = figures.current();
            this.settings = settings;
            this.language = "vi".equals(settings.language().getLanguage()) ? Locale.of("vi") : Locale.ENGLISH; //$NON-NLS-1$ //$NON-NLS-2$
            // No fallback to the JVM's locale: an English report stays English on a Vietnamese desktop.
            this.labels = ResourceBundle.getBundle(BUNDLE, "vi".equals(language.getLanguage()) ? language : Locale.ROOT, //$NON-NLS-1$
                    PanelCharts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String label(String key) {
            return labels.getString(key);
        }

        JFreeChart overTime(String valueLabel, String split) {
            List<Instant> times = table.column(table.columns().get(0)).stream()
                    .map(value -> value instanceof LocalDate day ? day.atStartOfDay(settings.zone()).toInstant()
                            : (Instant) value)
                    .toList();
            List<Drill> buckets = buckets(times);
            DefaultTableXYDataset dataset = new DefaultTableXYDataset();
            for (String name : SeverityOrder.sorted(split, table.columns().subList(1, table.columns().size()),
                    column -> column)) {
                String key = seriesName(name, split);
                XYSeries series = new XYSeries(key, false, false);
                List<Object> values = table.column(name);
                for (int i = 0; i < times.size(); i++) {
                    series.add(times.get(i).toEpochMilli(), number(values.get(i)));
                }
                dataset.addSeries(series);
                // Events without the split field have no value to filter by: their series drills to the bucket.
                boolean byValue = split != null && !split.isEmpty() && !name.isEmpty();
                bySeries.put(key, buckets.stream()
                        .map(bucket -> byValue ? new Drill(split, name, bucket.range()) : bucket).toList());
            }
            if (times.size() > 1) {
                dataset.setIntervalWidth(times.get(1).toEpochMilli() - times.get(0).toEpochMilli());
            }
            dataset.setIntervalPositionFactor(0);
            XYItemRenderer renderer = switch (figures.panel().style()) {
                case BAR -> dataset.getSeriesCount() > 1 ? new StackedXYBarRenderer(0.1) : new XYBarRenderer(0.1);
                case STACKED_AREA -> new StackedXYAreaRenderer2();
                default -> new XYLineAndShapeRenderer(true, times.size() <= 31);
            };
            if (renderer instanceof XYLineAndShapeRenderer lines) {
                lines.setDefaultStroke(new BasicStroke(2f));
                lines.setAutoPopulateSeriesStroke(false);
            }
            DateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm", language); //$NON-NLS-1$
            format.setTimeZone(TimeZone.getTimeZone(settings.zone()));
            renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, {1}: {2}", format, //$NON-NLS-1$
                    NumberFormat.getNumberInstance(language)));
            XYPlot plot = new XYPlot(dataset, timeAxis(), valueAxis(valueLabel), renderer);
            return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, dataset.getSeriesCount() > 1);
        }

        JFreeChart compliance() {
            List<Instant> days = table.column("day").stream() //$NON-NLS-1$
                    .map(day -> ((LocalDate) day).atStartOfDay(settings.zone()).toInstant()).toList();
            List<Drill> buckets = buckets(days);
            DefaultTableXYDataset dataset = new DefaultTableXYDataset();
            String key = label("compliance"); //$NON-NLS-1$
            XYSeries series = new XYSeries(key, false, false);
            List<Object> percents = table.column("percent"); //$NON-NLS-1$
            for (int i = 0; i < days.size(); i++) {
                series.add(days.get(i).toEpochMilli(), number(percents.get(i)));
            }
            dataset.addSeries(series);
            bySeries.put(key, buckets);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, days.size() <= 31);
            renderer.setDefaultStroke(new BasicStroke(2f));
            renderer.setAutoPopulateSeriesStroke(false);
            NumberAxis percent = valueAxis(key);
            percent.setRange(0, 100);
            // The history may hold a single day: over the whole period it reads as a date, not as "00:00".
            DateAxis period = timeAxis();
            period.setRange(java.util.Date.from(settings.range().from()), java.util.Date.from(settings.range().to()));
            return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(dataset, period, percent, renderer),
                    false);
        }

        /**
         * @param field the field a click narrows to
         * @param valueColumn the column of the values
         * @param countColumn the column of their counts
         */
        JFreeChart counts(String valueLabel, String field, String valueColumn, String countColumn) {
            Map<String, Number> counts = new LinkedHashMap<>();
            List<Object> values = table.column(valueColumn);
            List<Object> numbers = table.column(countColumn);
            List<Integer> rows = IntStream.range(0, values.size()).boxed().toList();
            for (int i : SeverityOrder.sorted(field, rows, row -> String.valueOf(values.get(row)))) {
                String value = values.get(i) == null ? "" : values.get(i).toString(); //$NON-NLS-1$
                String name = uniqueName(categoryName(field, value, i), value, counts);
                counts.put(name, number(numbers.get(i)));
                byCategory.put(name, value.isEmpty() ? Drill.to(settings.range())
                        : new Drill(field, value, settings.range()));
            }
            ChartStyle style = figures.panel().style();
            if (style == ChartStyle.PIE || style == ChartStyle.DONUT) {
                DefaultPieDataset<String> pie = new DefaultPieDataset<>();
                counts.forEach(pie::setValue);
                PiePlot<String> plot = style == ChartStyle.DONUT ? ring(pie) : new PiePlot<>(pie);
                plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} ({2})", //$NON-NLS-1$
                        NumberFormat.getNumberInstance(language), NumberFormat.getPercentInstance(language)));
                plot.setToolTipGenerator(new StandardPieToolTipGenerator("{0}: {1} ({2})", //$NON-NLS-1$
                        NumberFormat.getNumberInstance(language), NumberFormat.getPercentInstance(language)));
                plot.setLabelShadowPaint(null);
                plot.setShadowPaint(null);
                plot.setOutlineVisible(false);
                return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
            }
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            counts.forEach((name, count) -> dataset.addValue(count, valueLabel, name));
            BarRenderer renderer = new BarRenderer();
            renderer.setMaximumBarWidth(0.12);
            renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", //$NON-NLS-1$
                    NumberFormat.getNumberInstance(language)));
            CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), valueAxis(valueLabel), renderer);
            plot.getDomainAxis().setMaximumCategoryLabelLines(2);
            if (style != ChartStyle.BAR) {
                plot.setOrientation(PlotOrientation.HORIZONTAL);
                plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
                renderer.setMaximumBarWidth(0.08);
                // Long values (signatures) take up to this share of the width on one line, cut short:
                // ten wrapped ones overlap; the tooltip and the figures' table give them whole.
                plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
                plot.getDomainAxis().setMaximumCategoryLabelLines(1);
            }
            return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        }

        /** JFreeChart 1.5 left its ring plot raw while it made the pie plot generic. */
        @SuppressWarnings({ "unchecked", "rawtypes" })
        private static PiePlot<String> ring(DefaultPieDataset<String> pie) {
            RingPlot ring = new RingPlot(pie);
            ring.setSectionDepth(0.45);
            return ring;
        }

        JFreeChart heatMap(ChartTheme theme) {
            List<Object> weekdays = table.column("weekday"); //$NON-NLS-1$
            List<Object> hours = table.column("hour"); //$NON-NLS-1$
            List<Object> counts = table.column("count"); //$NON-NLS-1$
            double[][] cells = new double[3][weekdays.size()];
            double most = 0;
            for (int i = 0; i < weekdays.size(); i++) {
                cells[0][i] = number(hours.get(i)).doubleValue();
                cells[1][i] = number(weekdays.get(i)).doubleValue() - 1;
                cells[2][i] = number(counts.get(i)).doubleValue();
                most = Math.max(most, cells[2][i]);
            }
            String key = label("events"); //$NON-NLS-1$
            DefaultXYZDataset dataset = new DefaultXYZDataset();
            dataset.addSeries(key, cells);
            bySeries.put(key, java.util.Collections.nCopies(weekdays.size(), Drill.to(settings.range())));
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(new HeatScale(theme.heatLow(), theme.heatHigh(), Math.max(most, 1)));
            renderer.setDefaultToolTipGenerator(new StandardXYZToolTipGenerator("{1}h: {3}", //$NON-NLS-1$
                    NumberFormat.getIntegerInstance(language), NumberFormat.getIntegerInstance(language),
                    NumberFormat.getIntegerInstance(language)));
            NumberAxis hour = new NumberAxis(label("hour")); //$NON-NLS-1$
            hour.setRange(-0.5, 23.5);
            hour.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(3));
            String[] names = new String[7];
            for (DayOfWeek day : DayOfWeek.values()) {
                names[day.getValue() - 1] = day.getDisplayName(TextStyle.SHORT, language);
            }
            SymbolAxis weekday = new SymbolAxis(label("weekday"), names); //$NON-NLS-1$
            weekday.setInverted(true);
            weekday.setGridBandsVisible(false);
            XYPlot plot = new XYPlot(dataset, hour, weekday, renderer);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        }

        /** A pie's labels sit on boxes the chart theme leaves white. */
        void afterTheme(JFreeChart chart, ChartTheme theme) {
            if (chart.getPlot() instanceof PiePlot<?> pie) {
                pie.setLabelBackgroundPaint(theme.plotBackground());
                pie.setLabelOutlinePaint(theme.gridLines());
                pie.setLabelPaint(theme.text());
                pie.setBackgroundPaint(theme.background());
                pie.setOutlineVisible(false);
            }
        }

        private DateAxis timeAxis() {
            DateAxis axis = new DateAxis(label("time"), TimeZone.getTimeZone(settings.zone()), language); //$NON-NLS-1$
            axis.setStandardTickUnits(TimeTicks.of(settings.zone(), language));
            axis.setLowerMargin(0.01);
            axis.setUpperMargin(0.01);
            return axis;
        }

        private static NumberAxis valueAxis(String label) {
            NumberAxis axis = new NumberAxis(label);
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            return axis;
        }

        /** A bucket runs to the next one's start; the last one, and every one, ends with the period. */
        private List<Drill> buckets(List<Instant> starts) {
            TimeRange period = settings.range();
            List<Drill> drills = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                Instant end = i + 1 < starts.size() ? starts.get(i + 1)
                        : i > 0 ? starts.get(i).plus(java.time.Duration.between(starts.get(i - 1), starts.get(i)))
                                : period.to();
                Instant from = starts.get(i).isBefore(period.from()) ? period.from() : starts.get(i);
                Instant to = end.isAfter(period.to()) ? period.to() : end;
                drills.add(Drill.to(to.isAfter(from) ? new TimeRange(from, to) : period));
            }
            return drills;
        }

        private String seriesName(String column, String split) {
            if (split != null && !split.isEmpty()) {
                return column.isEmpty() ? label("none") : column; //$NON-NLS-1$
            }
            return switch (column) {
                case "count" -> label("events"); //$NON-NLS-1$ //$NON-NLS-2$
                case "opened" -> label("opened"); //$NON-NLS-1$ //$NON-NLS-2$
                case "resolved" -> label("resolved"); //$NON-NLS-1$ //$NON-NLS-2$
                default -> column;
            };
        }

        /** Case words and levels read as people name them; event values as they are. */
        private String categoryName(String field, String value, int row) {
            if (value.isEmpty()) {
                return label("none"); //$NON-NLS-1$
            }
            return switch (field) {
                case "severity", "status", "category" -> CaseWords.label(field, value, language); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "level" -> MessageFormat.format(label("level"), value); //$NON-NLS-1$ //$NON-NLS-2$
                case EventTagger.ID -> {
                    Object name = table.column("name").get(row); //$NON-NLS-1$
                    yield name == null || name.toString().isEmpty() ? value : name.toString();
                }
                default -> value;
            };
        }

        /** Two systems may share a name: the second is told apart by its id. */
        private static String uniqueName(String name, String value, Map<String, Number> taken) {
            return taken.containsKey(name) ? name + " (" + value + ")" : name; //$NON-NLS-1$ //$NON-NLS-2$
        }

        private static Number number(Object value) {
            return value instanceof Number number ? number : 0;
        }
    }
}
