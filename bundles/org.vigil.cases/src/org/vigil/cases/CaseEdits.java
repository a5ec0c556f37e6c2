package org.vigil.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares cases field by field: the audit trail's "what, old → new", the conflicts shown to a
 * second writer, and the re-application of an edit onto a case someone else saved meanwhile.
 * One list of parts serves all three, so a new field cannot be audited but not merged.
 */
public final class CaseEdits {

    /**
     * One changed value.
     *
     * @param field the part's name
     * @param oldValue as written before, or {@code null} if added
     * @param newValue as written after, or {@code null} if removed
     */
    public record Change(String field, String oldValue, String newValue) {
    }

    /** A part of a case that can be compared, rendered and re-applied. */
    private interface Part {
        String name();

        String render(Case c);

        void diff(Case before, Case after, List<Change> out);

        void reapply(Case base, Case mine, CaseDraft onto);
    }

    private record Scalar<T>(String name, Function<Case, T> get, BiConsumer<CaseDraft, T> set) implements Part {

        @Override
        public String render(Case c) {
            return text(get.apply(c));
        }

        @Override
        public void diff(Case before, Case after, List<Change> out) {
            if (!Objects.equals(get.apply(before), get.apply(after))) {
                out.add(new Change(name, render(before), render(after)));
            }
        }

        @Override
        public void reapply(Case base, Case mine, CaseDraft onto) {
            if (!Objects.equals(get.apply(base), get.apply(mine))) {
                set.accept(onto, get.apply(mine));
            }
        }
    }

    private record Keyed<T>(String name, Function<Case, List<T>> get, Function<T, String> key,
            Function<CaseDraft, List<T>> live) implements Part {

        @Override
        public String render(Case c) {
            return get.apply(c).stream().map(Object::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
        }

        @Override
        public void diff(Case before, Case after, List<Change> out) {
            Map<String, T> old = byKey(before);
            Map<String, T> now = byKey(after);
            old.forEach((k, value) -> {
                if (!value.equals(now.get(k))) {
                    out.add(new Change(name, value.toString(), text(now.get(k))));
                }
            });
            now.forEach((k, value) -> {
                if (!old.containsKey(k)) {
                    out.add(new Change(name, null, value.toString()));
                }
            });
        }

        @Override
        public void reapply(Case base, Case mine, CaseDraft onto) {
            Map<String, T> old = byKey(base);
            Map<String, T> wanted = byKey(mine);
            List<T> target = live.apply(onto);
            old.keySet().stream().filter(k -> !wanted.containsKey(k))
                    .forEach(k -> target.removeIf(value -> key.apply(value).equals(k)));
            wanted.forEach((k, value) -> {
                if (!value.equals(old.get(k))) {
                    target.removeIf(existing -> key.apply(existing).equals(k));
                    target.add(value);
                }
            });
        }

        private Map<String, T> byKey(Case c) {
            Map<String, T> values = new LinkedHashMap<>();
            get.apply(c).forEach(value -> values.put(key.apply(value), value));
            return values;
        }
    }

    private static final List<Part> PARTS = List.of(
            new Scalar<>("title", Case::title, CaseDraft::title), //$NON-NLS-1$
            new Scalar<>("description", Case::description, CaseDraft::description), //$NON-NLS-1$
            new Scalar<>("impact", Case::impact, CaseDraft::impact), //$NON-NLS-1$
            new Scalar<>("detectionSource", Case::detectionSource, CaseDraft::detectionSource), //$NON-NLS-1$
            new Scalar<>("severity", Case::severity, CaseDraft::severity), //$NON-NLS-1$
            new Scalar<>("tlp", Case::tlp, CaseDraft::tlp), //$NON-NLS-1$
            new Scalar<>("pap", Case::pap, CaseDraft::pap), //$NON-NLS-1$
            new Scalar<>("category", Case::category, CaseDraft::category), //$NON-NLS-1$
            new Scalar<>("status", Case::status, CaseDraft::status), //$NON-NLS-1$
            new Scalar<>("resolution", Case::resolution, CaseDraft::resolution), //$NON-NLS-1$
            new Scalar<>("summary", Case::summary, CaseDraft::summary), //$NON-NLS-1$
            new Scalar<>("assignee", Case::assignee, CaseDraft::assignee), //$NON-NLS-1$
            new Scalar<>("sla", Case::sla, CaseDraft::sla), //$NON-NLS-1$
            new Scalar<>("templateId", Case::templateId, CaseDraft::templateId), //$NON-NLS-1$
            time("detected", KeyTimes::detected, KeyTimes::withDetected), //$NON-NLS-1$
            time("reported", KeyTimes::reported, KeyTimes::withReported), //$NON-NLS-1$
            time("acknowledged", KeyTimes::acknowledged, KeyTimes::withAcknowledged), //$NON-NLS-1$
            time("contained", KeyTimes::contained, KeyTimes::withContained), //$NON-NLS-1$
            time("resolved", KeyTimes::resolved, KeyTimes::withResolved), //$NON-NLS-1$
            time("closed", KeyTimes::closed, KeyTimes::withClosed), //$NON-NLS-1$
            new Keyed<String>("tags", Case::tags, Function.identity(), CaseDraft::tags), //$NON-NLS-1$
            new Keyed<String>("watchers", Case::watchers, Function.identity(), CaseDraft::watchers), //$NON-NLS-1$
            new Keyed<>("systems", Case::systems, SystemRef::key, CaseDraft::systems), //$NON-NLS-1$
            new Keyed<>("observables", Case::observables, Observable::key, CaseDraft::observables), //$NON-NLS-1$
            new Keyed<>("tasks", Case::tasks, CaseTask::id, CaseDraft::tasks), //$NON-NLS-1$
            new Keyed<>("evidence", Case::evidence, Evidence::key, CaseDraft::evidence)); //$NON-NLS-1$

    private CaseEdits() {
    }

    /**
     * @param before the case as it was
     * @param after the case as it is to be
     * @return every changed value, in the order of the case's fields; parts of lists one by one
     */
    public static List<Change> changes(Case before, Case after) {
        List<Change> changes = new ArrayList<>();
        PARTS.forEach(part -> part.diff(before, after, changes));
        return changes;
    }

    /**
     * Puts the operator's own edit onto the case as someone else saved it: every field the
     * operator changed takes the operator's value, list items they added, changed or removed
     * are added, changed or removed; everything else stays as saved. The result carries the
     * current version, so saving it succeeds unless yet another change came in.
     *
     * @param base the case the edit started from
     * @param mine the edit that was refused
     * @param current the case as saved now
     * @return the edit re-applied to the current case
     */
    public static Case reapply(Case base, Case mine, Case current) {
        CaseDraft onto = current.edit();
        PARTS.forEach(part -> part.reapply(base, mine, onto));
        return onto.build();
    }

    /**
     * @param field a field name as in the audit trail
     * @param c a case
     * @return the field's value in the case as the audit trail writes it, or {@code null} for
     *         a field that is not a part of the case (such as {@code merge})
     */
    public static String render(String field, Case c) {
        return PARTS.stream().filter(part -> part.name().equals(field)).findFirst().map(part -> part.render(c))
                .orElse(null);
    }

    private static Part time(String name, Function<KeyTimes, Instant> get, BiFunction<KeyTimes, Instant, KeyTimes> with) {
        return new Scalar<>(name, c -> get.apply(c.times()),
                (draft, value) -> draft.times(with.apply(draft.times(), value)));
    }

    private static String text(Object value) {
        if (value instanceof Sla sla) {
            return sla.acknowledge() + "/" + sla.resolve(); //$NON-NLS-1$
        }
        return value == null ? null : value.toString();
    }
}
