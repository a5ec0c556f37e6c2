package org.vigil.events.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventSource;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * The hits of one search as the virtual table reads them: pages are fetched through the
 * source's cursor only when the operator scrolls near them, so a million hits never sit in
 * memory unless someone scrolls through all of them. Fetching happens off the UI thread;
 * reading is safe from any thread.
 */
final class HitList {

    private final EventSource source;
    /** Serialises fetching: two threads must never fetch the same page through one cursor. */
    private final Object fetching = new Object();
    private final List<Event> loaded = new ArrayList<>();
    private SearchRequest next;
    private long total;

    HitList(EventSource source, SearchRequest first) {
        this.source = source;
        this.next = first;
    }

    /**
     * Fetches pages until the hit at {@code index} is loaded or the hits end.
     *
     * @param index a row of the table
     * @param cancellation lets the operator give up
     * @throws SourceException if the source fails
     */
    void ensureLoaded(int index, Cancellation cancellation) throws SourceException {
        synchronized (fetching) {
            fetchUpTo(index, cancellation);
        }
    }

    private void fetchUpTo(int index, Cancellation cancellation) throws SourceException {
        while (true) {
            SearchRequest request;
            synchronized (this) {
                if (index < loaded.size() || next == null) {
                    return;
                }
                request = next;
            }
            SearchPage page = source.search(request, cancellation);
            synchronized (this) {
                loaded.addAll(page.events());
                total = page.total();
                next = page.next() == null ? null : request.after(page.next());
            }
        }
    }

    synchronized Event get(int index) {
        return index < loaded.size() ? loaded.get(index) : null;
    }

    synchronized long total() {
        return total;
    }

    synchronized int loadedCount() {
        return loaded.size();
    }
}
