package org.vigil.events;

import org.vigil.core.model.Event;

/**
 * Walks through every hit of a search page by page through the source's cursor, for exports
 * and the command line: whatever the number of hits, only one page is held at a time.
 */
public final class Paging {

    /**
     * Receives the hits one by one.
     *
     * @param <X> what it may throw to stop the walk, such as an {@link java.io.IOException}
     */
    @FunctionalInterface
    public interface HitConsumer<X extends Exception> {
        /**
         * @param event the next hit
         * @throws X to stop the walk
         */
        void accept(Event event) throws X;
    }

    private Paging() {
    }

    /**
     * @param source the source to search
     * @param request the search; its page size is the batch size
     * @param limit the most hits to visit
     * @param cancellation checked by the source on every page
     * @param consumer receives each hit in sort order
     * @param <X> what the consumer may throw
     * @return how many hits were visited
     * @throws SourceException if the source fails or the walk is cancelled
     * @throws X whatever the consumer throws
     */
    public static <X extends Exception> long forEachHit(EventSource source, SearchRequest request, long limit,
            Cancellation cancellation, HitConsumer<X> consumer) throws SourceException, X {
        long visited = 0;
        SearchRequest next = request;
        while (next != null && visited < limit) {
            SearchPage page = source.search(next, cancellation);
            for (Event event : page.events()) {
                if (visited == limit) {
                    break;
                }
                consumer.accept(event);
                visited++;
            }
            next = page.next() == null ? null : next.after(page.next());
        }
        return visited;
    }
}
