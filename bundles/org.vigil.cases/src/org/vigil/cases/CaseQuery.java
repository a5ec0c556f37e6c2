package org.vigil.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which cases a list shows and in which order. Every part is optional: {@link #all()} matches
 * every case that was not merged into another.
 *
 * @param statuses the statuses wanted; empty for all
 * @param severities the severities wanted; empty for all
 * @param category the category wanted, or {@code null}
 * @param assignee the assignee wanted, or {@code null}
 * @param system the registry id of an affected system, or a text the name of one must contain,
 *            or {@code null}
 * @param overdueOnly whether only overdue cases are wanted
 * @param text words that must all appear in the number, title, description, tags or
 *            observable values (case-insensitive), or {@code null}
 * @param sort the order
 */
public record CaseQuery(Set<Status> statuses, Set<Severity> severities, Category category, String assignee,
        String system, boolean overdueOnly, String text, Sort sort) {

    /** The orders a case list can have. */
    public enum Sort {
        /** Newest number first. */
        NEWEST,
        /** Most severe first, then newest. */
        SEVERITY,
        /** Most recently changed first. */
        UPDATED
    }

    /** Copies the sets; a missing sort is {@link Sort#NEWEST}. */
    public CaseQuery {
        statuses = Set.copyOf(statuses);
        severities = Set.copyOf(severities);
        sort = sort == null ? Sort.NEWEST : sort;
    }

    /** @return a query for every case, newest first */
    public static CaseQuery all() {
        return new CaseQuery(Set.of(), Set.of(), null, null, null, false, null, Sort.NEWEST);
    }

    /** @return a query for the cases still to work on: every status but closed, newest first */
    public static CaseQuery open() {
        return all().withStatuses(StatusFilter.OPEN.statuses());
    }

    /** @param wanted a registry id or part of a system's name @return a copy with it */
    public CaseQuery withSystem(String wanted) {
        return new CaseQuery(statuses, severities, category, assignee, wanted, overdueOnly, text, sort);
    }

    /** @param wanted the statuses @return a copy with them */
    public CaseQuery withStatuses(Set<Status> wanted) {
        return new CaseQuery(wanted, severities, category, assignee, system, overdueOnly, text, sort);
    }

    /** @param wanted the assignee @return a copy with it */
    public CaseQuery withAssignee(String wanted) {
        return new CaseQuery(statuses, severities, category, wanted, system, overdueOnly, text, sort);
    }

    /** @param words the words @return a copy with them */
    public CaseQuery withText(String words) {
        return new CaseQuery(statuses, severities, category, assignee, system, overdueOnly, words, sort);
    }

    /** @param only whether only overdue cases are wanted @return a copy with it */
    public CaseQuery withOverdueOnly(boolean only) {
        return new CaseQuery(statuses, severities, category, assignee, system, only, text, sort);
    }

    /**
     * @param c a case
     * @param policy the store's SLA policy, for {@link #overdueOnly()}
     * @param now the present
     * @return whether the list shows it
     */
    public boolean matches(Case c, SlaPolicy policy, Instant now) {
        return !c.merged() && (statuses.isEmpty() || statuses.contains(c.status()))
                && (severities.isEmpty() || severities.contains(c.severity()))
                && (category == null || category == c.category())
                && (assignee == null || assignee.equals(c.assignee()))
                && (system == null || c.systems().stream().anyMatch(this::isSystem))
                && (!overdueOnly || policy.overdue(c, now)) && (text == null || hasWords(c));
    }

    /** @return the order of the list */
    public Comparator<Case> order() {
        Comparator<Case> newest = Comparator.comparing(Case::number).reversed();
        return switch (sort) {
            case NEWEST -> newest;
            case SEVERITY -> Comparator.comparing(Case::severity).reversed().thenComparing(newest);
            case UPDATED -> Comparator.comparing(Case::updated).reversed().thenComparing(newest);
        };
    }

    private boolean hasWords(Case c) {
        String haystack = Stream.concat(Stream.of(c.number().toString(), c.title(), c.description()),
                Stream.concat(c.tags().stream(), c.observables().stream().map(Observable::value)))
                .reduce("", (a, b) -> a + "\n" + b).toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return Stream.of(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains); //$NON-NLS-1$
    }

    private boolean isSystem(SystemRef s) {
        return system.equals(s.registryId()) || contains(s.name(), system);
    }

    private static boolean contains(String value, String part) {
        return value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
