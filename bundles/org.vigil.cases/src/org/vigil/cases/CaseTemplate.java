package org.vigil.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.vigil.cases.internal.ShippedData;

/**
 * A kind of incident the SOC handles often: its category, default severity, SLA and response
 * checklist, in both languages. Vigil ships some ({@link #builtIn()}); operators add their own
 * and change the shipped ones, which the store then keeps under the same id.
 *
 * @param id letters, digits and {@code -}
 * @param name the name, in both languages
 * @param description what the template is for, in both languages
 * @param category the category of cases made from it
 * @param severity their default severity
 * @param sla their SLA
 * @param tasks their tasks
 * @param tags their tags
 * @param builtIn whether this is the shipped version (not one saved in the store)
 */
public record CaseTemplate(String id, Text name, Text description, Category category, Severity severity, Sla sla,
        List<TaskTemplate> tasks, List<String> tags, boolean builtIn) {

    /** Requires every part; the id must be letters, digits and {@code -}. */
    public CaseTemplate {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        if (!id.matches("[A-Za-z0-9-]+")) { //$NON-NLS-1$
            throw new IllegalArgumentException(id);
        }
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        Objects.requireNonNull(category, "category"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(sla, "sla"); //$NON-NLS-1$
        tasks = List.copyOf(tasks);
        tags = List.copyOf(tags);
    }

    /**
     * @param title the case's title
     * @param locale the language of the tasks' titles
     * @param detected when the incident was discovered, or {@code null} for the creation time
     * @return a draft of a case from this template
     */
    public CaseDraft draft(String title, Locale locale, Instant detected) {
        CaseDraft draft = CaseDraft.create(title).category(category).severity(severity).sla(sla).templateId(id)
                .description(description.in(locale)).times(KeyTimes.detectedAt(detected));
        tasks.forEach(task -> draft.tasks().add(CaseTask.open(task.title().in(locale), task.mandatory())));
        draft.tags().addAll(tags);
        return draft;
    }

    /**
     * @return the templates Vigil ships, as every store starts with them; a store's
     *         {@link CaseStore#templates()} replaces those operators changed. Lets an editor tell
     *         a shipped template from a changed or new one, and restore the shipped version.
     */
    public static List<CaseTemplate> shipped() {
        return ShippedData.templates();
    }

    /**
     * @return whether this template of a store's list is the shipped one (or saved unchanged),
     *         a changed shipped one, or the operators' own
     */
    public Origin origin() {
        return shipped().stream().filter(template -> template.id().equals(id)).findFirst()
                .map(template -> template.asSaved().equals(asSaved()) ? Origin.SHIPPED : Origin.CHANGED)
                .orElse(Origin.NEW);
    }

    /** Where a template of a store's list comes from. */
    public enum Origin {
        /** As Vigil ships it. */
        SHIPPED,
        /** Shipped, then changed by an operator. */
        CHANGED,
        /** Added by an operator. */
        NEW
    }

    /** @return a copy as saved by an operator: no longer the shipped version */
    public CaseTemplate asSaved() {
        return new CaseTemplate(id, name, description, category, severity, sla, tasks, tags, false);
    }
}
