package org.vigil.dashboards.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.query.And;
import org.vigil.query.QueryNode;
import org.vigil.query.Span;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.match.EventTagger;

/**
 * The event panels, computed with the source calls every engine has today: counts, histograms and
 * top terms. A split series or a two-field table costs one call per top value, and a distinct
 * count is the number of top terms under a cap. This class is the one place that changes when the
 * engines' aggregation API arrives; a metric these calls cannot give (sum, average, minimum,
 * maximum) reports that it is not available yet rather than a guess.
 */
final class EventPanels implements PanelEvaluator {

    /** About how many buckets a series over time has. */
    static final int BUCKETS = 60;
    /** The most distinct values counted through top terms; above, the figure is not available yet. */
    static final int DISTINCT_LIMIT = 10_000;

    private static final Span NOWHERE = new Span(0, 0);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final long HEAT_MAP_HOURS = 24L * 400;

    @Override
    public FigureTable evaluate(Panel panel, Scope scope, TimeRange range, Cancellation cancellation)
            throws PanelException {
        EventSource source = scope.source();
        EventQuery query = new EventQuery(scope.events(panel), range);
        try {
            countable(source, panel, cancellation);
            return switch (panel.kind()) {
                case EVENTS_OVER_TIME -> overTime(source, panel, query, scope, cancellation);
                case TOP_VALUES -> topValues(source.topTerms(query, panel.fields().get(0), panel.size(), cancellation));
                case FIGURE -> figure(source, panel.metric(), query, cancellation);
                case TABLE -> table(source, panel, query, cancellation);
                case HEAT_MAP -> heatMap(source, query, scope, cancellation);
                case TOP_SYSTEMS -> topSystems(source, panel, query, scope, cancellation);
                default -> throw new IllegalArgumentException(panel.kind() + " is not an event panel"); //$NON-NLS-1$
            };
        } catch (SourceException e) {
            throw PanelException.of(e);
        }
    }

    /**
     * A field an engine keeps as free text has no values to count: the panel says so rather than
     * show an empty chart as if no event had the field.
     */
    private static void countable(EventSource source, Panel panel, Cancellation cancellation)
            throws SourceException, PanelException {
        List<String> counted = new ArrayList<>(panel.fields());
        if (!panel.split().isEmpty()) {
            counted.add(panel.split());
        }
        if (panel.metric().function() == Metric.Function.DISTINCT) {
            counted.add(panel.metric().field());
        }
        if (counted.isEmpty()) {
            return;
        }
        for (FieldInfo field : source.fields(cancellation)) {
            if (counted.contains(field.name()) && !field.aggregatable()) {
                throw PanelException.notAvailable(NLS.bind(Messages.Run_notCountable, field.name(),
                        source.descriptor().id()));
            }
        }
    }

    private static FigureTable overTime(EventSource source, Panel panel, EventQuery query, Scope scope,
            Cancellation cancellation) throws SourceException {
        ZoneOffset offset = scope.settings().zone().getRules().getOffset(query.range().from());
        List<String> columns = new ArrayList<>(List.of("time")); //$NON-NLS-1$
        List<Histogram> series = new ArrayList<>();
        if (panel.split().isEmpty()) {
            columns.add("count"); //$NON-NLS-1$
            series.add(source.histogram(query, BUCKETS, offset, cancellation));
        } else {
            for (TopTerms.Term term : source.topTerms(query, panel.split(), panel.size(), cancellation).terms()) {
                columns.add(term.value());
                series.add(source.histogram(narrowed(query, panel.split(), term.value()), BUCKETS, offset,
                        cancellation));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Histogram.Bucket> times = series.isEmpty() ? List.of() : series.get(0).buckets();
        for (int i = 0; i < times.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(times.get(i).start()));
            for (Histogram histogram : series) {
                row.add(histogram.buckets().get(i).count());
            }
            rows.add(row);
        }
        return new FigureTable(columns, rows);
    }

    private static FigureTable topValues(TopTerms top) {
        return new FigureTable(List.of("value", "count", "share"), top.terms().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .<List<Object>>map(term -> List.of(term.value(), term.count(), top.share(term))).toList());
    }

    private static FigureTable figure(EventSource source, Metric metric, EventQuery query, Cancellation cancellation)
            throws SourceException, PanelException {
        long value = switch (metric.function()) {
            case COUNT -> source.count(query, cancellation);
            case DISTINCT -> distinct(source, metric.field(), query, cancellation);
            default -> throw PanelException.notAvailable(NLS.bind(Messages.Run_metricNotAvailable,
                    metric.function().word()));
        };
        return new FigureTable(List.of("value"), List.of(List.of(value))); //$NON-NLS-1$
    }

    private static long distinct(EventSource source, String field, EventQuery query, Cancellation cancellation)
            throws SourceException, PanelException {
        int values = source.topTerms(query, field, DISTINCT_LIMIT, cancellation).terms().size();
        if (values >= DISTINCT_LIMIT) {
            throw PanelException.notAvailable(NLS.bind(Messages.Run_tooManyDistinct, field, DISTINCT_LIMIT));
        }
        return values;
    }

    private static FigureTable table(EventSource source, Panel panel, EventQuery query, Cancellation cancellation)
            throws SourceException {
        String first = panel.fields().get(0);
        TopTerms top = source.topTerms(query, first, panel.size(), cancellation);
        if (panel.fields().size() == 1) {
            return new FigureTable(List.of(first, "count"), top.terms().stream() //$NON-NLS-1$
                    .<List<Object>>map(term -> List.of(term.value(), term.count())).toList());
        }
        String second = panel.fields().get(1);
        List<List<Object>> rows = new ArrayList<>();
        for (TopTerms.Term outer : top.terms()) {
            for (TopTerms.Term inner : source.topTerms(narrowed(query, first, outer.value()), second, panel.size(),
                    cancellation).terms()) {
                rows.add(List.of(outer.value(), inner.value(), inner.count()));
            }
        }
        rows.sort(Comparator.comparing((List<Object> row) -> (Long) row.get(2)).reversed());
        return new FigureTable(List.of(first, second, "count"), rows.subList(0, Math.min(rows.size(), panel.size()))); //$NON-NLS-1$
    }

    private static FigureTable heatMap(EventSource source, EventQuery query, Scope scope, Cancellation cancellation)
            throws SourceException, PanelException {
        long hours = Duration.between(query.range().from(), query.range().to()).toHours() + 2;
        ZoneOffset offset = scope.settings().zone().getRules().getOffset(query.range().from());
        Histogram histogram = hours > HEAT_MAP_HOURS ? null : source.histogram(query, (int) hours, offset, cancellation);
        // A short period gets buckets finer than an hour; each still falls in one hour of the day.
        if (histogram == null || HOUR.toSeconds() % histogram.interval().toSeconds() != 0) {
            throw PanelException.notAvailable(Messages.Run_heatMapNotAvailable);
        }
        long[][] cells = new long[7][24];
        for (Histogram.Bucket bucket : histogram.buckets()) {
            ZonedDateTime local = bucket.start().atZone(scope.settings().zone());
            cells[local.getDayOfWeek().getValue() - 1][local.getHour()] += bucket.count();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                rows.add(List.of((long) day.getValue(), (long) hour, cells[day.getValue() - 1][hour]));
            }
        }
        return new FigureTable(List.of("weekday", "hour", "count"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static FigureTable topSystems(EventSource source, Panel panel, EventQuery query, Scope scope,
            Cancellation cancellation) throws SourceException, PanelException {
        TopTerms top = source.topTerms(query, EventTagger.ID, panel.size(), cancellation);
        Map<String, InformationSystem> systems = scope.systems();
        Map<String, String> agencies = scope.agencyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (TopTerms.Term term : top.terms()) {
            InformationSystem system = systems.get(term.value());
            rows.add(java.util.Arrays.asList(term.value(), system == null ? "" : system.name(), //$NON-NLS-1$
                    system == null ? "" : agencies.getOrDefault(system.agencyId(), system.agencyId()), //$NON-NLS-1$
                    system == null ? null : (long) system.level(), term.count()));
        }
        return new FigureTable(List.of("system", "name", "agency", "level", "count"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private static EventQuery narrowed(EventQuery query, String field, String value) {
        QueryNode both = new And(List.of(query.query(), Scope.match(field, value)), NOWHERE);
        return new EventQuery(both, query.range());
    }
}
