package org.vigil.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.Status;
import org.vigil.cases.StatusFilter;

/** The case list's status filter over one case in every status. */
class StatusFilterTest {

    private final List<Case> oneInEachStatus = Arrays.stream(Status.values())
            .map(s -> CaseDraft.create(s.name()).status(s).build()).toList();

    @Test
    void openListsEveryCaseButTheClosedOneResolvedIncluded() {
        assertEquals(List.of(Status.NEW, Status.TRIAGE, Status.IN_PROGRESS, Status.CONTAINED, Status.RESOLVED),
                statusesThrough(StatusFilter.OPEN));
        assertEquals(CaseQuery.open().statuses(), StatusFilter.OPEN.statuses());
    }

    @Test
    void anyListsEveryCaseAndOneStatusOnlyItsOwn() {
        assertEquals(Arrays.asList(Status.values()), statusesThrough(StatusFilter.ANY));
        assertEquals(List.of(Status.CLOSED), statusesThrough(StatusFilter.of(Status.CLOSED)));
    }

    @Test
    void theListOffersAnyThenOpenThenEachStatusInWorkflowOrder() {
        List<StatusFilter> choices = StatusFilter.choices();
        assertEquals(2 + Status.values().length, choices.size());
        assertEquals(List.of(StatusFilter.ANY, StatusFilter.OPEN, StatusFilter.of(Status.NEW)), choices.subList(0, 3));
        assertEquals(Status.CLOSED, choices.get(choices.size() - 1).single().orElseThrow());
        assertEquals(java.util.Optional.empty(), StatusFilter.OPEN.single());
    }

    private List<Status> statusesThrough(StatusFilter filter) {
        return oneInEachStatus.stream().filter(filter::matches).map(Case::status).toList();
    }
}
