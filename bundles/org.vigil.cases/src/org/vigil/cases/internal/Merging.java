package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseTask;
import org.vigil.cases.Evidence;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Observable;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;

/**
 * What merging one case into another makes of them: the target keeps its own values and gains
 * everything of the source that it lacks; nothing of either is dropped.
 */
public final class Merging {

    private Merging() {
    }

    /**
     * @param source the case to merge away
     * @param target the case to keep
     * @throws InvalidCaseException if the source is already merged, both are the same, or the
     *             target is closed
     */
    public static void check(Case source, Case target) throws InvalidCaseException {
        if (source.merged()) {
            throw new InvalidCaseException("number", NLS.bind(Messages.Store_mergedAlready, source.number(), //$NON-NLS-1$
                    source.mergedInto()));
        }
        if (source.number().equals(target.number())) {
            throw new InvalidCaseException("number", NLS.bind(Messages.Store_mergeSelf, source.number())); //$NON-NLS-1$
        }
        if (target.status() == Status.CLOSED) {
            throw new InvalidCaseException("status", NLS.bind(Messages.Workflow_closedReadOnly, target.number())); //$NON-NLS-1$
        }
    }

    /**
     * @param source the case merged away
     * @param target the case kept
     * @return the target with the source's tags, watchers, systems, observables (an IOC in
     *         either stays an IOC), tasks and evidence, its description and impact appended, the
     *         higher severity and the earlier detection time
     */
    public static Case combine(Case source, Case target) {
        CaseDraft draft = target.edit();
        draft.tags().addAll(source.tags());
        addMissing(draft.watchers(), source.watchers(), Function.identity());
        addMissing(draft.systems(), source.systems(), SystemRef::key);
        Map<String, Observable> known = draft.observables().stream()
                .collect(Collectors.toMap(Observable::key, Function.identity()));
        for (Observable observable : source.observables()) {
            Observable mine = known.get(observable.key());
            if (mine == null) {
                draft.observables().add(observable);
            } else if (observable.ioc() && !mine.ioc()) {
                draft.observables().replaceAll(o -> o.key().equals(mine.key()) ? mine.withIoc(true) : o);
            }
        }
        addMissing(draft.tasks(), source.tasks(), CaseTask::id);
        addMissing(draft.evidence(), source.evidence(), Evidence::key);
        draft.description(appended(target.description(), source.description(), source.number()));
        draft.impact(appended(target.impact(), source.impact(), source.number()));
        if (source.severity().compareTo(target.severity()) > 0) {
            draft.severity(source.severity());
        }
        Instant detected = source.times().detected();
        if (detected != null && (target.times().detected() == null || detected.isBefore(target.times().detected()))) {
            draft.times(draft.times().withDetected(detected));
        }
        return draft.build();
    }

    /**
     * @param source the case merged away
     * @param target where it now forwards to
     * @param now the time of the merge
     * @return the source, one version on, forwarding to the target
     */
    public static Case forward(Case source, CaseNumber target, Instant now) {
        Case s = source;
        return new Case(s.number(), s.version() + 1, s.title(), s.description(), s.impact(), s.detectionSource(),
                s.severity(), s.tlp(), s.pap(), s.category(), s.status(), s.resolution(), s.summary(), s.tags(),
                s.assignee(), s.watchers(), s.systems(), s.observables(), s.tasks(), s.evidence(), s.times(), s.sla(),
                s.templateId(), s.createdBy(), s.created(), now, target, s.mergedFrom());
    }

    private static <T> void addMissing(List<T> into, List<T> from, Function<T, String> key) {
        for (T value : from) {
            if (into.stream().noneMatch(existing -> key.apply(existing).equals(key.apply(value)))) {
                into.add(value);
            }
        }
    }

    private static String appended(String mine, String theirs, CaseNumber from) {
        if (theirs.isBlank() || mine.contains(theirs)) {
            return mine;
        }
        String block = from + ": " + theirs; //$NON-NLS-1$
        return mine.isBlank() ? block : mine + "\n\n" + block; //$NON-NLS-1$
    }
}
