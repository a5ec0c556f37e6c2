package org.vigil.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status filter of a case list: any status, the open cases, or one status. A list applies it
 * to what it loaded rather than to the store's query, so that its counts per status stay those of
 * its other filters.
 *
 * @param statuses the statuses let through; empty for any
 */
public record StatusFilter(Set<Status> statuses) {

    /** Every case, whatever its status. */
    public static final StatusFilter ANY = new StatusFilter(Set.of());

    /**
     * The cases still to work on: every status but closed, as {@link CaseQuery#open()} and the
     * dashboards' open-case figures count them. A resolved case is still open: it waits for its
     * resolution and summary, and the workflow may send it back to work.
     */
    public static final StatusFilter OPEN = new StatusFilter(EnumSet.complementOf(EnumSet.of(Status.CLOSED)));

    /** Copies the set. */
    public StatusFilter {
        statuses = Set.copyOf(statuses);
    }

    /** @param status the one status wanted @return a filter for it */
    public static StatusFilter of(Status status) {
        return new StatusFilter(Set.of(status));
    }

    /** @return the filters a list offers, in the order it offers them: any, open, then each status */
    public static List<StatusFilter> choices() {
        List<StatusFilter> choices = new ArrayList<>(List.of(ANY, OPEN));
        for (Status status : Status.values()) {
            choices.add(of(status));
        }
        return List.copyOf(choices);
    }

    /** @return the one status this filter wants, empty for {@link #ANY} and {@link #OPEN} */
    public Optional<Status> single() {
        return statuses.size() == 1 ? Optional.of(statuses.iterator().next()) : Optional.empty();
    }

    /** @param c a case @return whether the filter lets it through */
    public boolean matches(Case c) {
        return statuses.isEmpty() || statuses.contains(c.status());
    }
}
