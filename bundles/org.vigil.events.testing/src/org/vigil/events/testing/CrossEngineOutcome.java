package org.vigil.events.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * What one engine answers to one query of {@link CrossEngineCorpus}: its count and every hit
 * walked page by page to the end, or the kind of its refusal, which may only be a bad query.
 * Two engines agree when their outcomes are equal.
 *
 * @param count the count, -1 when refused
 * @param ids the ids of every hit
 * @param error the kind of the refusal, or null
 */
public record CrossEngineOutcome(long count, Set<String> ids, SourceException.Kind error) {

    /**
     * @param source the engine
     * @param query the query and range
     * @param pageSize the size of the pages walked
     * @return its outcome
     * @throws SourceException if the source fails otherwise than refusing the query
     */
    public static CrossEngineOutcome of(EventSource source, EventQuery query, int pageSize) throws SourceException {
        try {
            long count = source.count(query, Cancellation.none());
            Set<String> ids = new TreeSet<>();
            SearchRequest request = SearchRequest.newestFirst(query, pageSize);
            for (SearchPage page = source.search(request, Cancellation.none()); ; page = source
                    .search(request.after(page.next()), Cancellation.none())) {
                page.events().forEach(event -> ids.add(event.id()));
                if (page.next() == null) {
                    return new CrossEngineOutcome(count, ids, null);
                }
            }
        } catch (SourceException e) {
            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
            return new CrossEngineOutcome(-1, Set.of(), e.kind());
        }
    }
}
