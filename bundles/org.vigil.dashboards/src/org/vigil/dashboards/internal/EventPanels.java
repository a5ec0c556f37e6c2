package org.vigil.dashboards.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.SourceException;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.match.EventTagger;

/**
 * The event panels, each computed with one aggregation request to its source (docs/AGGREGATIONS.md):
 * the engine counts, buckets and sums over the hits itself, so a panel costs one query whatever
 * its split or its second field.
 */
final class EventPanels implements PanelEvaluator {

    /** About how many buckets a series over time has. */
    static final int BUCKETS = 60;

    private static final String RESULT = "panel"; //$NON-NLS-1$

    @Override
    public FigureTable evaluate(Panel panel, Scope scope, TimeRange range, Cancellation cancellation)
            throws PanelException {
        EventSource source = scope.source();
        EventQuery query = new EventQuery(scope.events(panel), range);
        try {
            countable(source, panel, cancellation);
            Optional<Aggregation> aggregation = aggregation(panel);
            AggregationResults results = source.aggregate(new AggregationRequest(query, scope.settings().zone(),
                    aggregation.stream().toList()), cancellation);
            return switch (panel.kind()) {
                case EVENTS_OVER_TIME -> overTime(results.timeSeries(RESULT));
                case TOP_VALUES -> topValues(results.terms(RESULT));
                case FIGURE -> figure(panel.metric(), results);
                case TABLE -> table(panel, results.terms(RESULT));
                case HEAT_MAP -> heatMap(results.heatMap(RESULT));
                case TOP_SYSTEMS -> topSystems(results.terms(RESULT), scope);
                default -> throw new IllegalArgumentException(panel.kind() + " is not an event panel"); //$NON-NLS-1$
            };
        } catch (SourceException e) {
            throw PanelException.of(e);
        }
    }

    /** @return what the panel asks of its source; none for a count, which every answer has */
    private static Optional<Aggregation> aggregation(Panel panel) {
        String split = panel.split().isEmpty() ? null : panel.split();
        return switch (panel.kind()) {
            case EVENTS_OVER_TIME -> Optional.of(new Aggregation.DateHistogram(RESULT, BUCKETS, split, panel.size()));
            case TOP_VALUES -> Optional.of(Aggregation.Terms.of(RESULT, panel.fields().get(0), panel.size()));
            case TABLE -> Optional.of(panel.fields().size() == 1
                    ? Aggregation.Terms.of(RESULT, panel.fields().get(0), panel.size())
                    : new Aggregation.Terms(RESULT, panel.fields().get(0), panel.size(), panel.fields().get(1),
                            panel.size()));
            case HEAT_MAP -> Optional.of(new Aggregation.HeatMap(RESULT));
            case TOP_SYSTEMS -> Optional.of(Aggregation.Terms.of(RESULT, EventTagger.ID, panel.size()));
            case FIGURE -> switch (panel.metric().function()) {
                case COUNT -> Optional.empty();
                case DISTINCT -> Optional.of(new Aggregation.Distinct(RESULT, panel.metric().field()));
                default -> Optional.of(new Aggregation.Stats(RESULT, panel.metric().field()));
            };
            default -> throw new IllegalArgumentException(panel.kind() + " is not an event panel"); //$NON-NLS-1$
        };
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

    private static FigureTable overTime(AggregationResult.TimeSeries series) {
        List<String> columns = new ArrayList<>(List.of("time")); //$NON-NLS-1$
        if (series.series().isEmpty()) {
            columns.add("count"); //$NON-NLS-1$
        } else {
            series.series().forEach(one -> columns.add(one.value()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < series.starts().size(); i++) {
            List<Object> row = new ArrayList<>(List.of(series.starts().get(i)));
            if (series.series().isEmpty()) {
                row.add(series.totals().get(i));
            }
            for (AggregationResult.Series one : series.series()) {
                row.add(one.counts().get(i));
            }
            rows.add(row);
        }
        return new FigureTable(columns, rows);
    }

    private static FigureTable topValues(AggregationResult.TermsTable top) {
        return new FigureTable(List.of("value", "count", "share"), top.buckets().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .<List<Object>>map(bucket -> List.of(bucket.value(), bucket.count(), share(bucket, top))).toList());
    }

    /** As Kibana shows it: of all hits, not only of those with the field. */
    private static double share(AggregationResult.Bucket bucket, AggregationResult.TermsTable top) {
        return top.hits() == 0 ? 0 : (double) bucket.count() / top.hits();
    }

    /** An average, minimum or maximum of no values is no figure, not zero. */
    private static FigureTable figure(Metric metric, AggregationResults results) {
        Object value = switch (metric.function()) {
            case COUNT -> results.hits();
            case DISTINCT -> results.distinct(RESULT).value();
            case SUM -> results.stats(RESULT).sum();
            case AVG -> finite(results.stats(RESULT).average());
            case MIN -> finite(results.stats(RESULT).min());
            case MAX -> finite(results.stats(RESULT).max());
        };
        return new FigureTable(List.of("value"), List.of(java.util.Arrays.asList(value)), //$NON-NLS-1$
                metric.function() == Metric.Function.DISTINCT && results.distinct(RESULT).approximate());
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static FigureTable table(Panel panel, AggregationResult.TermsTable top) {
        String first = panel.fields().get(0);
        if (panel.fields().size() == 1) {
            return new FigureTable(List.of(first, "count"), top.buckets().stream() //$NON-NLS-1$
                    .<List<Object>>map(bucket -> List.of(bucket.value(), bucket.count())).toList());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AggregationResult.Bucket outer : top.buckets()) {
            for (AggregationResult.Bucket inner : outer.then()) {
                rows.add(List.of(outer.value(), inner.value(), inner.count()));
            }
        }
        rows.sort(Comparator.comparing((List<Object> row) -> (Long) row.get(2)).reversed());
        return new FigureTable(List.of(first, panel.fields().get(1), "count"), //$NON-NLS-1$
                rows.subList(0, Math.min(rows.size(), panel.size())));
    }

    private static FigureTable heatMap(AggregationResult.HeatMap heat) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                rows.add(List.of((long) day.getValue(), (long) hour, heat.count(day, hour)));
            }
        }
        return new FigureTable(List.of("weekday", "hour", "count"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static FigureTable topSystems(AggregationResult.TermsTable top, Scope scope) throws PanelException {
        Map<String, InformationSystem> systems = scope.systems();
        Map<String, String> agencies = scope.agencyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (AggregationResult.Bucket bucket : top.buckets()) {
            InformationSystem system = systems.get(bucket.value());
            rows.add(java.util.Arrays.asList(bucket.value(), system == null ? "" : system.name(), //$NON-NLS-1$
                    system == null ? "" : agencies.getOrDefault(system.agencyId(), system.agencyId()), //$NON-NLS-1$
                    system == null ? null : (long) system.level(), bucket.count()));
        }
        return new FigureTable(List.of("system", "name", "agency", "level", "count"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
