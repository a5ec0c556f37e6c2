package org.vigil.dashboards.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.vigil.cases.Case;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseStore;
import org.vigil.cases.Category;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.SlaPolicy;
import org.vigil.cases.Status;
import org.vigil.cases.StatusFilter;
import org.vigil.cases.SystemRef;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.events.Cancellation;
import org.vigil.events.Intervals;

/**
 * The case panels, over the cases of the case store that the variables let in: a case whose
 * affected systems include one of the selected systems. "Open" and "overdue" are as of the run's
 * now; "opened" and "resolved" fall in the period. Merged cases count in the case they were
 * merged into.
 */
final class CasePanels implements PanelEvaluator {

    private static final double SECONDS_PER_HOUR = 3600.0;

    @Override
    public FigureTable evaluate(Panel panel, Scope scope, TimeRange range, Cancellation cancellation)
            throws PanelException {
        CaseStore store = scope.caseStore();
        try {
            List<Case> cases = admitted(store.list(CaseQuery.all()), scope);
            SlaPolicy policy = store.settings().sla();
            return switch (panel.kind()) {
                case CASES_BY_SEVERITY -> counts(Severity.values(), open(cases), Case::severity);
                case CASES_BY_STATUS -> counts(openStatuses(), open(cases), Case::status);
                case CASES_BY_CATEGORY -> counts(Category.values(),
                        cases.stream().filter(c -> range.contains(start(c))).toList(), Case::category);
                case CASES_OPENED_RESOLVED -> openedResolved(cases, range, scope);
                case CASE_RESPONSE_TIMES -> responseTimes(cases, range, policy);
                case CASES_OVERDUE -> new FigureTable(List.of("value"), List.of(List.of( //$NON-NLS-1$
                        open(cases).stream().filter(c -> policy.overdue(c, scope.settings().now())).count())));
                default -> throw new IllegalArgumentException(panel.kind() + " is not a case panel"); //$NON-NLS-1$
            };
        } catch (CaseException e) {
            throw PanelException.error(e.getMessage());
        }
    }

    private static List<Case> admitted(List<Case> cases, Scope scope) throws PanelException {
        if (!scope.variables().narrowsSystems()) {
            return cases.stream().filter(c -> !c.merged()).toList();
        }
        List<Case> admitted = new ArrayList<>();
        for (Case c : cases) {
            if (!c.merged() && affectsAdmittedSystem(c, scope)) {
                admitted.add(c);
            }
        }
        return admitted;
    }

    private static boolean affectsAdmittedSystem(Case c, Scope scope) throws PanelException {
        for (SystemRef system : c.systems()) {
            if (system.registered() && scope.admits(system.registryId())) {
                return true;
            }
        }
        return false;
    }

    /** Open as the case list's filter means it, so that a drill-down lists the cases a bar counts. */
    private static List<Case> open(List<Case> cases) {
        return cases.stream().filter(StatusFilter.OPEN::matches).toList();
    }

    private static Status[] openStatuses() {
        return Arrays.stream(Status.values()).filter(StatusFilter.OPEN.statuses()::contains).toArray(Status[]::new);
    }

    private static <E extends Enum<E>> FigureTable counts(E[] values, List<Case> cases, Function<Case, E> key) {
        Map<E, Long> counts = new TreeMap<>();
        for (E value : values) {
            counts.put(value, 0L);
        }
        cases.forEach(c -> counts.merge(key.apply(c), 1L, Long::sum));
        return new FigureTable(List.of("value", "count"), counts.entrySet().stream() //$NON-NLS-1$ //$NON-NLS-2$
                .<List<Object>>map(e -> List.of(word(e.getKey()), e.getValue())).toList());
    }

    private static FigureTable openedResolved(List<Case> cases, TimeRange range, Scope scope) {
        Duration interval = Intervals.auto(range, EventPanels.BUCKETS);
        ZoneOffset offset = scope.settings().zone().getRules().getOffset(range.from());
        Map<Instant, long[]> buckets = new TreeMap<>();
        for (Instant start = Intervals.bucketStart(range.from(), interval, offset); start.isBefore(range.to());
                start = start.plus(interval)) {
            buckets.put(start, new long[2]);
        }
        for (Case c : cases) {
            count(buckets, range, start(c), interval, offset, 0);
            count(buckets, range, c.times().resolved(), interval, offset, 1);
        }
        return new FigureTable(List.of("time", "opened", "resolved"), buckets.entrySet().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .<List<Object>>map(e -> List.of(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    private static void count(Map<Instant, long[]> buckets, TimeRange range, Instant when, Duration interval,
            ZoneOffset offset, int which) {
        if (when != null && range.contains(when)) {
            buckets.get(Intervals.bucketStart(when, interval, offset))[which]++;
        }
    }

    private static FigureTable responseTimes(List<Case> cases, TimeRange range, SlaPolicy policy) {
        Map<Severity, List<Case>> resolved = new EnumMap<>(Severity.class);
        for (Case c : cases) {
            if (c.times().resolved() != null && range.contains(c.times().resolved())) {
                resolved.computeIfAbsent(c.severity(), s -> new ArrayList<>()).add(c);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Case> some = resolved.getOrDefault(severity, List.of());
            Sla sla = policy.bySeverity().get(severity);
            long withinSla = some.stream().filter(c -> !policy.slaOf(c).resolve()
                    .minus(Duration.between(start(c), c.times().resolved())).isNegative()).count();
            rows.add(Arrays.asList(word(severity), (long) some.size(),
                    averageHours(some, c -> c.times().acknowledged()), hours(sla.acknowledge()),
                    averageHours(some, c -> c.times().resolved()), hours(sla.resolve()), withinSla));
        }
        return new FigureTable(List.of("severity", "resolved", "acknowledge-hours", "acknowledge-sla-hours", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "resolve-hours", "resolve-sla-hours", "within-sla"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Double averageHours(List<Case> cases, Function<Case, Instant> end) {
        return cases.stream().filter(c -> end.apply(c) != null)
                .mapToLong(c -> Duration.between(start(c), end.apply(c)).toSeconds()).average()
                .stream().mapToObj(seconds -> seconds / SECONDS_PER_HOUR).findFirst().orElse(null);
    }

    private static double hours(Duration duration) {
        return duration.toSeconds() / SECONDS_PER_HOUR;
    }

    /** The instant the SLA counts from, as {@link SlaPolicy#deadlines} does. */
    private static Instant start(Case c) {
        return c.times().detected() != null ? c.times().detected() : c.created();
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
