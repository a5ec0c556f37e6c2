package org.vigil.dashboards.charts;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.vigil.core.model.TimeRange;
import org.vigil.core.report.Document;
import org.vigil.core.report.Field;
import org.vigil.core.report.Figure;
import org.vigil.core.report.Section;
import org.vigil.core.report.Table;
import org.vigil.dashboards.DashboardFigures;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.Variables;

/**
 * A dashboard's run worded as a period report ({@code org.vigil.reports.ReportFormat} writes it as
 * PDF, HTML or PNG): a title page with the reporting unit, the period in local time and the date
 * of issue; then each panel in the dashboard's order, as its chart with its figures in a table
 * beneath, a single figure with its change against the previous period, or the reason it has no
 * figures.
 */
public final class PeriodReport {

    /** A chart's size on the page, in points: the text's width on A4, drawn at twice that for print. */
    static final int CHART_WIDTH = 480;
    static final int CHART_HEIGHT = 240;
    private static final double PRINT_SCALE = 2;
    /** The heat map's table lists its busiest hours only: all 168 would fill four pages. */
    static final int BUSIEST = 10;

    private final DashboardFigures figures;
    private final RunSettings settings;
    private final Locale language;
    private final ResourceBundle texts;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private int figureNumber;

    private PeriodReport(DashboardFigures figures) {
        this.figures = figures;
        this.settings = figures.settings();
        boolean vietnamese = "vi".equals(settings.language().getLanguage()); //$NON-NLS-1$
        this.language = vietnamese ? Locale.of("vi") : Locale.ENGLISH; //$NON-NLS-1$
        // No fallback to the JVM's locale: an English report stays English on a Vietnamese desktop.
        this.texts = ResourceBundle.getBundle(PeriodReport.class.getPackageName() + ".report", //$NON-NLS-1$
                vietnamese ? language : Locale.ROOT, PeriodReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(vietnamese ? "dd/MM/yyyy" : "yyyy-MM-dd", language); //$NON-NLS-1$ //$NON-NLS-2$
        this.dateTime = DateTimeFormatter.ofPattern(vietnamese ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm", language); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param figures a dashboard's run
     * @param unit the reporting unit's name; blank for the default ("Security operations centre")
     * @return the report, worded in the run's language
     */
    public static Document document(DashboardFigures figures, String unit) {
        return new PeriodReport(figures).document(unit == null || unit.isBlank() ? null : unit.strip());
    }

    private Document document(String unit) {
        String period = period(settings.range());
        String issued = dateTime.format(settings.now().atZone(settings.zone()));
        List<Field> cover = new ArrayList<>();
        cover.add(new Field(text("unit"), unit == null ? text("defaultUnit") : unit)); //$NON-NLS-1$ //$NON-NLS-2$
        cover.add(new Field(text("period"), period)); //$NON-NLS-1$
        if (figures.panels().stream().anyMatch(p -> p.panel().compare())) {
            cover.add(new Field(text("previous"), period(settings.previous()))); //$NON-NLS-1$
        }
        scope().ifPresent(scope -> cover.add(new Field(text("scope"), scope))); //$NON-NLS-1$
        cover.add(new Field(text("issued"), issued)); //$NON-NLS-1$
        cover.add(new Field(text("zone"), settings.zone().getId())); //$NON-NLS-1$
        List<Section> sections = new ArrayList<>();
        for (PanelFigures panel : figures.panels()) {
            sections.add(section(panel));
        }
        return new Document(language.getLanguage(), figures.dashboard().title().in(language), period, null,
                MessageFormat.format(text("issuedOn"), issued), sections, cover); //$NON-NLS-1$
    }

    private Section section(PanelFigures panel) {
        String heading = panel.panel().title().in(language);
        if (panel.outcome() != PanelFigures.Outcome.OK) {
            return new Section(heading, List.of(), null,
                    List.of(MessageFormat.format(text("noFigures"), panel.message()))); //$NON-NLS-1$
        }
        if (panel.panel().kind() == PanelKind.FIGURE) {
            return new Section(heading, single(panel), null, List.of());
        }
        PanelKind kind = panel.panel().kind();
        boolean heat = kind == PanelKind.HEAT_MAP;
        boolean overTime = kind == PanelKind.EVENTS_OVER_TIME || kind == PanelKind.CASES_OPENED_RESOLVED;
        FigureTable table = heat ? busiest(panel.current()) : overTime ? busy(panel.current()) : panel.current();
        if (table.rows().isEmpty() || !hasCounts(panel.current())) {
            return new Section(heading, List.of(), null, List.of(text("noData"))); //$NON-NLS-1$
        }
        List<Figure> pictures = new ArrayList<>();
        PanelCharts.chart(panel, settings, ChartTheme.LIGHT).ifPresent(c -> pictures.add(new Figure(
                caption(heading, heat ? "busiest" : overTime ? "buckets" : "figure"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ChartImages.image(c.chart(), CHART_WIDTH, CHART_HEIGHT, PRINT_SCALE))));
        return new Section(heading, List.of(), pictures, table(panel, table), List.of());
    }

    private String caption(String heading, String key) {
        figureNumber++;
        return MessageFormat.format(text(key), figureNumber, heading, BUSIEST);
    }

    /** Whether any count is above zero: a chart of nothing but zeros says less than "no data". */
    private static boolean hasCounts(FigureTable table) {
        return table.rows().stream().anyMatch(PeriodReport::counts);
    }

    /** @return whether a row has a count above zero, its labels (time, weekday, hour, level) aside */
    private static boolean counts(List<Object> row) {
        return row.stream().skip(1).anyMatch(cell -> cell instanceof Number n && n.doubleValue() != 0);
    }

    /** Buckets without a hit are the chart's flat line; the table lists those that have some. */
    private static FigureTable busy(FigureTable series) {
        return new FigureTable(series.columns(), series.rows().stream().filter(PeriodReport::counts).toList());
    }

    /** A single figure, the previous period's and the change, as the period report reads them. */
    private List<Field> single(PanelFigures panel) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text("value"), number(panel.current().rows().get(0).get(0)))); //$NON-NLS-1$
        if (panel.previous() != null) {
            fields.add(new Field(text("previousValue"), number(panel.previous().rows().get(0).get(0)))); //$NON-NLS-1$
            fields.add(new Field(text("change"), panel.change().map(this::change).orElse(text("noChange")))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return fields;
    }

    private String change(double change) {
        NumberFormat percent = NumberFormat.getPercentInstance(language);
        percent.setMaximumFractionDigits(1);
        return (change > 0 ? "+" : "") + percent.format(change); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private FigureTable busiest(FigureTable heat) {
        int count = heat.columns().indexOf("count"); //$NON-NLS-1$
        return new FigureTable(heat.columns(), heat.rows().stream()
                .filter(row -> ((Number) row.get(count)).longValue() > 0)
                .sorted(Comparator.comparing((List<Object> row) -> ((Number) row.get(count)).longValue()).reversed())
                .limit(BUSIEST).toList());
    }

    private Table table(PanelFigures panel, FigureTable table) {
        List<String> header = table.columns().stream().map(this::column).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(cell(panel.panel().kind(), table.columns().get(i), row.get(i)));
            }
            rows.add(cells);
        }
        return new Table(header, rows);
    }

    private String cell(PanelKind kind, String column, Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (column) {
            case "share" -> percent(((Number) value).doubleValue()); //$NON-NLS-1$
            case "weekday" -> DayOfWeek.of(((Number) value).intValue()).getDisplayName(TextStyle.FULL, language); //$NON-NLS-1$
            case "hour" -> MessageFormat.format(text("hourSpan"), String.format("%02d", ((Number) value).intValue())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "severity" -> CaseWords.label("severity", value.toString(), language); //$NON-NLS-1$ //$NON-NLS-2$
            case "value" -> kind == PanelKind.CASES_BY_SEVERITY ? CaseWords.label("severity", value.toString(), language) //$NON-NLS-1$ //$NON-NLS-2$
                    : kind == PanelKind.CASES_BY_STATUS ? CaseWords.label("status", value.toString(), language) //$NON-NLS-1$
                            : kind == PanelKind.CASES_BY_CATEGORY ? CaseWords.label("category", value.toString(), language) //$NON-NLS-1$
                                    : number(value);
            default -> number(value);
        };
    }

    private String number(Object value) {
        if (value == null) {
            return text("noValue"); //$NON-NLS-1$
        }
        if (value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(language).format(value);
        }
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(language);
            format.setMaximumFractionDigits(2);
            return format.format(number.doubleValue());
        }
        if (value instanceof Instant instant) {
            return dateTime.format(instant.atZone(settings.zone()));
        }
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        return value.toString();
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(language);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /**
     * A period of whole local days reads as its first and last day; any other with its times. A
     * period to the end of a day ("--to 2026-06-30" rounds up) ends a moment before midnight, and
     * the previous period of such a one starts a moment after.
     */
    private String period(TimeRange range) {
        ZonedDateTime from = nearMidnight(range.from().atZone(settings.zone()));
        ZonedDateTime to = nearMidnight(range.to().atZone(settings.zone()));
        if (from.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return date.format(from) + " \u2013 " + date.format(to.minusDays(1)); //$NON-NLS-1$
        }
        return dateTime.format(from) + " \u2013 " + dateTime.format(to); //$NON-NLS-1$
    }

    /** @return the local midnight within a second of the time, else the time */
    private ZonedDateTime nearMidnight(ZonedDateTime time) {
        ZonedDateTime before = time.toLocalDate().atStartOfDay(settings.zone());
        ZonedDateTime after = time.toLocalDate().plusDays(1).atStartOfDay(settings.zone());
        if (!Duration.between(before, time).minusSeconds(1).isPositive()) {
            return before;
        }
        return Duration.between(time, after).minusSeconds(1).isPositive() ? time : after;
    }

    private Optional<String> scope() {
        Variables variables = figures.dashboard().variables().with(settings.variables());
        List<String> parts = new ArrayList<>();
        if (variables.agency() != null) {
            parts.add(MessageFormat.format(text("scope.agency"), variables.agency())); //$NON-NLS-1$
        }
        if (variables.level() != null) {
            parts.add(MessageFormat.format(text("scope.level"), variables.level())); //$NON-NLS-1$
        }
        if (variables.source() != null) {
            parts.add(MessageFormat.format(text("scope.source"), variables.source())); //$NON-NLS-1$
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts)); //$NON-NLS-1$
    }

    private String column(String name) {
        try {
            return texts.getString("column." + name); //$NON-NLS-1$
        } catch (MissingResourceException e) {
            return name; // a field or a split value: named as the data names it
        }
    }

    private String text(String key) {
        return texts.getString(key);
    }
}
