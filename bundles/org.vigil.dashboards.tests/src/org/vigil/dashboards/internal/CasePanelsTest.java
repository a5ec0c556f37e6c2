package org.vigil.dashboards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.StatusFilter;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.TimeSpan;
import org.vigil.dashboards.Variables;
import org.vigil.events.Cancellation;
import org.vigil.registry.RegistryException;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.Samples;

/**
 * The case panels over three cases: a critical one opened two days ago and not acknowledged, a
 * high one resolved in ten hours, and a low one closed before the period.
 */
class CasePanelsTest {

    private static final Instant NOW = Instant.parse("2026-06-20T00:00:00Z");
    private static final TimeRange WEEK = new TimeRange(NOW.minus(Duration.ofDays(7)), NOW);

    private static final List<Case> CASES = List.of(
            c("critical", Severity.CRITICAL, Status.NEW, times(2, null, null), "syt-portal"),
            c("high", Severity.HIGH, Status.RESOLVED, times(3, Duration.ofHours(1), Duration.ofHours(10)), "stc-a"),
            c("low", Severity.LOW, Status.CLOSED, times(20, Duration.ofHours(2), Duration.ofDays(1)), "stc-a"));

    private final InMemorySystemRegistry registry = new InMemorySystemRegistry();
    private final PanelRunner runner = PanelRunner.over(new StubSource(), stores(CASES), registry, null);

    @BeforeEach
    void theirSystems() throws RegistryException {
        registry.saveAll(Samples.agencies(), List.of(Samples.everyField(), Samples.system("stc-a", "stc")));
    }

    @Test
    void openCasesBySeverityCountEveryCaseNotClosed() {
        assertEquals(List.of(List.of("low", 0L), List.of("medium", 0L), List.of("high", 1L), List.of("critical", 1L)),
                figures(PanelKind.CASES_BY_SEVERITY, Variables.NONE).rows());
    }

    @Test
    void theCaseListsOpenFilterListsTheCasesEachSeverityBarCounts() {
        for (List<Object> bar : figures(PanelKind.CASES_BY_SEVERITY, Variables.NONE).rows()) {
            long listed = CASES.stream().filter(StatusFilter.OPEN::matches)
                    .filter(c -> c.severity().name().toLowerCase(Locale.ROOT).equals(bar.get(0))).count();
            assertEquals(bar.get(1), listed, "severity " + bar.get(0));
        }
    }

    @Test
    void anAgencyKeepsTheCasesThatAffectItsSystems() {
        assertEquals(List.of(List.of("low", 0L), List.of("medium", 0L), List.of("high", 1L), List.of("critical", 0L)),
                figures(PanelKind.CASES_BY_SEVERITY, new Variables("stc", null, null)).rows());
    }

    @Test
    void responseTimesAreAveragedPerSeverityAgainstTheSla() {
        List<Object> high = figures(PanelKind.CASE_RESPONSE_TIMES, Variables.NONE).rows().get(2);
        assertEquals(List.of("high", 1L, 1.0, 4.0, 10.0, 72.0, 1L), high);
    }

    @Test
    void overdueCountsTheOpenCasesPastADeadlineNow() {
        assertEquals(List.of(List.of(1L)), figures(PanelKind.CASES_OVERDUE, Variables.NONE).rows());
    }

    @Test
    void openedAndResolvedFallInTheirBuckets() {
        FigureTable table = figures(PanelKind.CASES_OPENED_RESOLVED, Variables.NONE);
        assertEquals(2L, table.column("opened").stream().mapToLong(v -> (Long) v).sum());
        assertEquals(1L, table.column("resolved").stream().mapToLong(v -> (Long) v).sum());
    }

    private FigureTable figures(PanelKind kind, Variables variables) {
        Panel panel = Panel.of(kind.word(), kind, new Text(kind.word(), ""), new Grid(0, 0, 4, 4));
        Dashboard dashboard = new Dashboard("d", new Text("d", ""), null, TimeSpan.LAST_30_DAYS, "", Variables.NONE,
                List.of(panel));
        var figures = runner.evaluate(dashboard, panel, new RunSettings(WEEK, variables, ZoneId.of("Asia/Ho_Chi_Minh"),
                Locale.ENGLISH, NOW), Cancellation.none());
        assertEquals(org.vigil.dashboards.PanelFigures.Outcome.OK, figures.outcome(), figures.message());
        return figures.current();
    }

    private static KeyTimes times(int daysAgo, Duration acknowledged, Duration resolved) {
        Instant detected = NOW.minus(Duration.ofDays(daysAgo));
        KeyTimes times = KeyTimes.detectedAt(detected).withReported(detected.plus(Duration.ofMinutes(30)));
        times = acknowledged == null ? times : times.withAcknowledged(detected.plus(acknowledged));
        return resolved == null ? times : times.withResolved(detected.plus(resolved));
    }

    private static Case c(String title, Severity severity, Status status, KeyTimes times, String system) {
        CaseDraft draft = CaseDraft.create(title).severity(severity).status(status).times(times);
        draft.systems().add(new SystemRef(system, system, 2));
        return draft.build();
    }

    /** A store that lists the given cases with the default SLA; the panels call nothing else. */
    private static CaseStores stores(List<Case> cases) {
        CaseStore store = (CaseStore) Proxy.newProxyInstance(CasePanelsTest.class.getClassLoader(),
                new Class<?>[] { CaseStore.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> cases;
                    case "settings" -> CaseSettings.defaults();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new CaseStores() {
            @Override
            public List<CaseStore> stores() {
                return List.of(store);
            }

            @Override
            public Optional<CaseStore> find(String id) {
                return Optional.of(store);
            }
        };
    }
}
