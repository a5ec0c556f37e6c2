package org.vigil.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident case as a store holds it. Immutable: change one through {@link #edit()} and hand
 * the result to {@link CaseStore#update(Case)}, which checks the workflow and the version.
 *
 * @param number the readable number, unique per store
 * @param version increases with every saved change; an update names the version it started from
 * @param title one line
 * @param description what happened, Markdown
 * @param impact what it harmed or could harm, Markdown
 * @param detectionSource how it was found (a monitoring rule, a report from the national centre…)
 * @param severity how bad
 * @param tlp who may see it
 * @param pap how far its observables may be acted on
 * @param category the kind of incident
 * @param status where it is in the workflow
 * @param resolution how it ended, or {@code null} while not closed
 * @param summary the closing summary, empty until written
 * @param tags free labels, sorted, without duplicates
 * @param assignee who works on it, or {@code null}
 * @param watchers who follows it
 * @param systems the information systems it affects
 * @param observables what was seen, unique by type and value
 * @param tasks the response checklist
 * @param evidence the linked events, unique by source, index and id
 * @param times the key times
 * @param sla the SLA it carries from its template, or {@code null} for the store's per-severity one
 * @param templateId the template it was created from, or {@code null}
 * @param createdBy who opened it
 * @param created when it was opened
 * @param updated when it was last changed
 * @param mergedInto the case it was merged into, or {@code null}; a merged case only forwards
 * @param mergedFrom the cases merged into this one, oldest merge first
 */
public record Case(CaseNumber number, long version, String title, String description, String impact,
        String detectionSource, Severity severity, Tlp tlp, Pap pap, Category category, Status status,
        Resolution resolution, String summary, List<String> tags, String assignee, List<String> watchers,
        List<SystemRef> systems, List<Observable> observables, List<CaseTask> tasks, List<Evidence> evidence,
        KeyTimes times, Sla sla, String templateId, String createdBy, Instant created, Instant updated,
        CaseNumber mergedInto, List<CaseNumber> mergedFrom) {

    /** Requires the identifying and classifying parts; copies every list. */
    public Case {
        Objects.requireNonNull(number, "number"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(tlp, "tlp"); //$NON-NLS-1$
        Objects.requireNonNull(pap, "pap"); //$NON-NLS-1$
        Objects.requireNonNull(category, "category"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        Objects.requireNonNull(times, "times"); //$NON-NLS-1$
        Objects.requireNonNull(created, "created"); //$NON-NLS-1$
        description = Objects.requireNonNullElse(description, ""); //$NON-NLS-1$
        impact = Objects.requireNonNullElse(impact, ""); //$NON-NLS-1$
        detectionSource = Objects.requireNonNullElse(detectionSource, ""); //$NON-NLS-1$
        summary = Objects.requireNonNullElse(summary, ""); //$NON-NLS-1$
        tags = List.copyOf(tags);
        watchers = List.copyOf(watchers);
        systems = List.copyOf(systems);
        observables = List.copyOf(observables);
        tasks = List.copyOf(tasks);
        evidence = List.copyOf(evidence);
        mergedFrom = List.copyOf(mergedFrom);
        updated = Objects.requireNonNullElse(updated, created);
    }

    /** @return a draft holding this case's values, to change and build into the edited case */
    public CaseDraft edit() {
        return new CaseDraft(this);
    }

    /** @return whether the case was merged into another and now only forwards to it */
    public boolean merged() {
        return mergedInto != null;
    }

    /**
     * @param id a task id
     * @return the task with that id
     */
    public Optional<CaseTask> task(String id) {
        return tasks.stream().filter(task -> task.id().equals(id)).findFirst();
    }

    /** @return the mandatory tasks still open */
    public List<CaseTask> openMandatoryTasks() {
        return tasks.stream().filter(task -> task.mandatory() && !task.done()).toList();
    }
}
