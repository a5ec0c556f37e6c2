package org.vigil.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The changeable values of a case, for creating one ({@link #create(String)}) or editing one
 * ({@link Case#edit()}). Not thread-safe; the lists it returns are live. {@link #build()} drops
 * duplicates (same tag, observable type and value, evidence event, system) keeping the last.
 * What only the store decides (number, version, creation, merges, the workflow's key times) is
 * carried along but overwritten when the store saves.
 */
public final class CaseDraft {

    private static final CaseNumber UNNUMBERED = new CaseNumber(1970, 1);

    private final Case base;
    private String title;
    private String description;
    private String impact;
    private String detectionSource;
    private Severity severity;
    private Tlp tlp;
    private Pap pap;
    private Category category;
    private Status status;
    private Resolution resolution;
    private String summary;
    private String assignee;
    private KeyTimes times;
    private Sla sla;
    private String templateId;
    private final List<String> tags;
    private final List<String> watchers;
    private final List<SystemRef> systems;
    private final List<Observable> observables;
    private final List<CaseTask> tasks;
    private final List<Evidence> evidence;

    CaseDraft(Case base) {
        this.base = base;
        title = base.title();
        description = base.description();
        impact = base.impact();
        detectionSource = base.detectionSource();
        severity = base.severity();
        tlp = base.tlp();
        pap = base.pap();
        category = base.category();
        status = base.status();
        resolution = base.resolution();
        summary = base.summary();
        assignee = base.assignee();
        times = base.times();
        sla = base.sla();
        templateId = base.templateId();
        tags = new ArrayList<>(base.tags());
        watchers = new ArrayList<>(base.watchers());
        systems = new ArrayList<>(base.systems());
        observables = new ArrayList<>(base.observables());
        tasks = new ArrayList<>(base.tasks());
        evidence = new ArrayList<>(base.evidence());
    }

    /**
     * @param title the new case's title
     * @return a draft of a new case: medium severity, TLP:AMBER, PAP:AMBER, category other,
     *         status new, detected when the store creates it unless set
     */
    public static CaseDraft create(String title) {
        return new CaseDraft(new Case(UNNUMBERED, 0, title, "", "", "", Severity.MEDIUM, Tlp.AMBER, Pap.AMBER, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Category.OTHER, Status.NEW, null, "", List.of(), null, List.of(), List.of(), List.of(), List.of(), //$NON-NLS-1$
                List.of(), KeyTimes.detectedAt(null), null, null, null, Instant.EPOCH, null, null, List.of()));
    }

    /** @return the case this draft started from (a placeholder for a new case) */
    public Case base() {
        return base;
    }

    /** @param value the title @return this draft */
    public CaseDraft title(String value) {
        title = value;
        return this;
    }

    /** @param value the description, Markdown @return this draft */
    public CaseDraft description(String value) {
        description = value;
        return this;
    }

    /** @param value the impact, Markdown @return this draft */
    public CaseDraft impact(String value) {
        impact = value;
        return this;
    }

    /** @param value how the incident was found @return this draft */
    public CaseDraft detectionSource(String value) {
        detectionSource = value;
        return this;
    }

    /** @param value the severity @return this draft */
    public CaseDraft severity(Severity value) {
        severity = value;
        return this;
    }

    /** @param value the TLP @return this draft */
    public CaseDraft tlp(Tlp value) {
        tlp = value;
        return this;
    }

    /** @param value the PAP @return this draft */
    public CaseDraft pap(Pap value) {
        pap = value;
        return this;
    }

    /** @param value the category @return this draft */
    public CaseDraft category(Category value) {
        category = value;
        return this;
    }

    /** @param value the status to move to; the workflow checks the move on saving @return this draft */
    public CaseDraft status(Status value) {
        status = value;
        return this;
    }

    /** @param value the resolution, or {@code null} @return this draft */
    public CaseDraft resolution(Resolution value) {
        resolution = value;
        return this;
    }

    /** @param value the closing summary @return this draft */
    public CaseDraft summary(String value) {
        summary = value;
        return this;
    }

    /** @param value the assignee, or {@code null} @return this draft */
    public CaseDraft assignee(String value) {
        assignee = value;
        return this;
    }

    /** @param value the key times (the store keeps the workflow's own) @return this draft */
    public CaseDraft times(KeyTimes value) {
        times = value;
        return this;
    }

    /** @param value the SLA, or {@code null} for the store's per-severity one @return this draft */
    public CaseDraft sla(Sla value) {
        sla = value;
        return this;
    }

    /** @param value the template id, or {@code null} @return this draft */
    public CaseDraft templateId(String value) {
        templateId = value;
        return this;
    }

    /** @return the tags, live */
    public List<String> tags() {
        return tags;
    }

    /** @return the watchers, live */
    public List<String> watchers() {
        return watchers;
    }

    /** @return the affected systems, live */
    public List<SystemRef> systems() {
        return systems;
    }

    /** @return the observables, live */
    public List<Observable> observables() {
        return observables;
    }

    /** @return the tasks, live */
    public List<CaseTask> tasks() {
        return tasks;
    }

    /** @return the evidence, live */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** @return the current status */
    public Status status() {
        return status;
    }

    /** @return the current key times */
    public KeyTimes times() {
        return times;
    }

    /**
     * Replaces the task of the same id.
     *
     * @param task the changed task
     * @return this draft
     */
    public CaseDraft replaceTask(CaseTask task) {
        tasks.replaceAll(existing -> existing.id().equals(task.id()) ? task : existing);
        return this;
    }

    /** @return the edited case, with the base's number, version and store-kept values */
    public Case build() {
        return new Case(base.number(), base.version(), title, description, impact, detectionSource, severity, tlp,
                pap, category, status, resolution, summary, List.copyOf(new TreeSet<>(tags)), assignee,
                unique(watchers, Function.identity()), unique(systems, SystemRef::key),
                unique(observables, Observable::key), unique(tasks, CaseTask::id), unique(evidence, Evidence::key),
                times, sla, templateId, base.createdBy(), base.created(), base.updated(), base.mergedInto(),
                base.mergedFrom());
    }

    private static <T> List<T> unique(List<T> values, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        values.forEach(value -> byKey.put(key.apply(value), value));
        return List.copyOf(byKey.values());
    }
}
