package org.vigil.local.internal.cases;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.KeyTimes;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.demo.DemoCases;
import org.vigil.demo.DemoCases.DemoCase;
import org.vigil.demo.DemoRegistry;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.csv.CsvRow;
import org.vigil.registry.csv.RegistryCsv;

/**
 * Writes the demo SOC's cases as it worked them: each opened, moved through the workflow,
 * reported and commented at its own past moment, through a store whose clock is set to each
 * moment in turn. So the store's own rules check every move and stamp the key times, audit
 * entries and comments, and the history reads like one a team made, under the demo's user.
 */
final class DemoCaseHistory {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi"); //$NON-NLS-1$

    /** A clock that stands at whatever moment the replay is at. */
    private static final class ReplayClock extends Clock {
        private final ZoneId zone;
        private volatile Instant at;

        ReplayClock(ZoneId zone, Instant at) {
            this.zone = zone;
            this.at = at;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ReplayClock(other, at);
        }

        @Override
        public Instant instant() {
            return at;
        }
    }

    /** Something that happened to a case after it was opened. */
    private record Moment(Duration after, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        Case apply(CaseStore store, Case current, Instant at) throws CaseException;
    }

    private final CaseStore store;
    private final ReplayClock clock;
    private final String actor;
    private final List<CaseTemplate> templates;
    private final Map<String, InformationSystem> registry;

    private DemoCaseHistory(CaseStore store, ReplayClock clock, String actor) throws CaseException, IOException {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.templates = store.templates();
        try (Reader systems = DemoRegistry.systems()) {
            // The cases name the demo registry's systems as the registry has them, level included.
            this.registry = RegistryCsv.readSystems(systems, DemoRegistry.SYSTEMS).rows().stream().map(CsvRow::value)
                    .collect(Collectors.toMap(InformationSystem::id, Function.identity()));
        }
    }

    /**
     * @param data the demo cases
     * @param now the moment the workspace is created; the cases' times count back from it
     * @param zone the zone of the case numbers' years
     * @param storeAt opens the store to write to, as a user and on a clock
     * @throws CaseException if the store refuses a case or a move, which is a bug in the data
     * @throws IOException if the demo registry cannot be read
     */
    static void replay(DemoCases.Data data, Instant now, ZoneId zone,
            BiFunction<String, Clock, CaseStore> storeAt) throws CaseException, IOException {
        ReplayClock clock = new ReplayClock(zone, now);
        DemoCaseHistory history = new DemoCaseHistory(storeAt.apply(data.actor(), clock), clock, data.actor());
        // Oldest first, so that the numbers follow the order the cases were opened in.
        List<DemoCase> cases = data.cases().stream().sorted(Comparator.comparing(DemoCase::detectedAgo).reversed())
                .toList();
        for (DemoCase demo : cases) {
            history.replay(demo, now.minus(demo.detectedAgo()));
        }
    }

    private void replay(DemoCase demo, Instant detected) throws CaseException {
        clock.at = detected;
        Case current = store.create(draft(demo, detected));
        List<Moment> moments = new ArrayList<>();
        if (demo.reportedAfter() != null) {
            Instant reported = detected.plus(demo.reportedAfter());
            moments.add(new Moment(demo.reportedAfter(),
                    (s, c, at) -> s.update(c.edit().times(c.times().withReported(reported)).build())));
        }
        demo.steps().forEach(step -> moments.add(new Moment(step.after(),
                (s, c, at) -> s.update(move(c, Status.valueOf(step.status()), demo, at)))));
        demo.comments().forEach(note -> moments.add(new Moment(note.after(), (s, c, at) -> {
            s.comment(c.number().toString(), note.text());
            return c;
        })));
        moments.sort(Comparator.comparing(Moment::after));
        for (Moment moment : moments) {
            clock.at = detected.plus(moment.after());
            current = moment.action().apply(store, current, clock.at);
        }
    }

    private CaseDraft draft(DemoCase demo, Instant detected) throws CaseException {
        CaseDraft draft = demo.template() == null
                ? CaseDraft.create(demo.title()).times(KeyTimes.detectedAt(detected))
                : template(demo.template()).draft(demo.title(), VIETNAMESE, detected);
        if (!demo.description().isEmpty()) {
            draft.description(demo.description());
        }
        if (demo.category() != null) {
            draft.category(Category.valueOf(demo.category()));
        }
        if (demo.severity() != null) {
            draft.severity(Severity.valueOf(demo.severity()));
        }
        draft.tags().addAll(demo.tags());
        for (DemoCases.SystemEntry system : demo.systems()) {
            draft.systems().add(system.registryId() == null ? SystemRef.text(system.text()) : registered(system.registryId()));
        }
        for (DemoCases.ObservableEntry observable : demo.observables()) {
            draft.observables().add(Observables.validate(
                    new Observable(ObservableType.valueOf(observable.type()), observable.value(), observable.ioc(), null)));
        }
        return draft;
    }

    private Case move(Case current, Status to, DemoCase demo, Instant at) {
        CaseDraft edit = current.edit().status(to);
        if (to == Status.IN_PROGRESS && current.assignee() == null) {
            edit.assignee(actor);
        }
        if (to == Status.RESOLVED) {
            // The demo keeps no per-task history: a resolved case had its tasks done by then.
            current.tasks().stream().filter(task -> !task.done()).map(task -> task.markDone(at, actor))
                    .forEach(edit::replaceTask);
        }
        if (to == Status.CLOSED) {
            edit.resolution(Resolution.valueOf(demo.resolution())).summary(demo.summary());
        }
        return edit.build();
    }

    private SystemRef registered(String id) {
        InformationSystem system = registry.get(id);
        if (system == null) {
            throw new IllegalStateException("no system " + id + " in the demo registry"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new SystemRef(id, system.name(), system.level());
    }

    private CaseTemplate template(String id) {
        return templates.stream().filter(template -> template.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no case template " + id)); //$NON-NLS-1$
    }
}
