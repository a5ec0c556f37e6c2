package org.vigil.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;

/**
 * The hits of one search by row, as a virtual table reads them: a page at a time and only the
 * pages near where the operator looks, so a million hits never sit in memory; the pages read
 * least recently are dropped. A page far from any page already read is found by narrowing the
 * time range with counts (a binary search for the time with that many hits before it), so
 * jumping to the end of a million hits costs a few counts and one page, not a walk through every
 * page before it. This works for searches sorted by {@link org.vigil.core.model.Event#TIMESTAMP},
 * which every source sorts by time and then id, so a narrowed range sorts exactly as the whole;
 * other sorts walk the cursor.
 *
 * <p>Fetching blocks on the source: call {@link #ensureLoaded} off the UI thread, one caller at a
 * time per page is enough. Reading is safe from any thread.
 */
public final class HitPages {

    /**
     * Rows, both included.
     *
     * @param first the first row
     * @param last the last row
     */
    public record Rows(int first, int last) {
    }

    private record Boundary(long millis, long rowsBefore) {
    }

    /** Cursor walks shorter than this many pages are cheaper than seeking with counts. */
    private static final int WALK_LIMIT = 2;

    private final EventSource source;
    private final SearchRequest first;
    private final int pageSize;
    private final int keptPages;
    /** Serialises fetching: two threads must never fetch through one cursor at once. */
    private final Object fetching = new Object();
    private final Map<Integer, List<Event>> pages = new LinkedHashMap<>(16, 0.75f, true);
    /** The request that fetches each page read so far or the page after one. */
    private final Map<Integer, SearchRequest> requests = new HashMap<>();
    private final List<Rows> dropped = new ArrayList<>();
    private long total;

    /**
     * @param source the source searched
     * @param first the first page's request; its size is the page size
     * @param keptPages how many pages to keep in memory at most
     */
    public HitPages(EventSource source, SearchRequest first, int keptPages) {
        if (first.after() != null || keptPages < 1) {
            throw new IllegalArgumentException("Pages start at the first hit and at least one is kept");
        }
        this.source = source;
        this.first = first;
        this.pageSize = first.size();
        this.keptPages = keptPages;
        requests.put(0, first);
    }

    /**
     * Fetches the page that holds a row, unless it is in memory.
     *
     * @param index a row of the table
     * @param cancellation lets the operator give up
     * @return the rows of the page now in memory
     * @throws SourceException if the source fails
     */
    public Rows ensureLoaded(int index, Cancellation cancellation) throws SourceException {
        int page = index / pageSize;
        synchronized (fetching) {
            if (!isLoaded(page)) {
                fetch(page, cancellation);
            }
        }
        return rowsOf(page);
    }

    /**
     * @param index a row
     * @return the hit at that row, or null if its page is not in memory or the row is not a hit
     *         (past the last one, or negative: SWT asks for row -1 of a table that just shrank)
     */
    public synchronized Event get(int index) {
        if (index < 0) {
            return null;
        }
        List<Event> page = pages.get(index / pageSize);
        int offset = index % pageSize;
        return page == null || offset >= page.size() ? null : page.get(offset);
    }

    /** @return how many hits the search has, as the last page read from its start said */
    public synchronized long total() {
        return total;
    }

    /** @return the rows whose page was dropped from memory since the last call */
    public synchronized List<Rows> takeDropped() {
        List<Rows> rows = List.copyOf(dropped);
        dropped.clear();
        return rows;
    }

    /**
     * @param index a row of the table
     * @return whether its page has been read, even if the row turned out to be past the last hit
     */
    public synchronized boolean isRead(int index) {
        return index < 0 || isLoaded(index / pageSize);
    }

    private synchronized boolean isLoaded(int page) {
        return pages.containsKey(page);
    }

    private Rows rowsOf(int page) {
        return new Rows(page * pageSize, page * pageSize + pageSize - 1);
    }

    private void fetch(int page, Cancellation cancellation) throws SourceException {
        int known = nearestRequestAtOrBefore(page);
        if (page - known <= WALK_LIMIT || !Event.TIMESTAMP.equals(first.sortField())) {
            for (int walked = known; walked <= page; walked++) {
                walk(walked, cancellation);
            }
        } else {
            seek(page, cancellation);
        }
    }

    private void walk(int page, Cancellation cancellation) throws SourceException {
        SearchRequest request;
        synchronized (this) {
            request = requests.get(page);
        }
        if (request == null) {
            keepEmpty(page);
        } else if (!isLoaded(page)) {
            read(page, request, 0, cancellation);
        }
    }

    /** Marks a page past the last hit as read, so that the table does not ask for it again and again. */
    private synchronized void keepEmpty(int page) {
        keep(page, List.of());
    }

    private synchronized int nearestRequestAtOrBefore(int page) {
        int known = page;
        while (!requests.containsKey(known)) {
            known--;
        }
        return known;
    }

    /** Reads one page, skipping {@code skip} hits the request returns before the page's first row. */
    private void read(int page, SearchRequest request, int skip, Cancellation cancellation) throws SourceException {
        SearchPage result = source.search(request, cancellation);
        List<Event> events = result.events();
        synchronized (this) {
            if (request.query().equals(first.query())) {
                // A page found by seeking counts the narrowed range only.
                total = result.total();
            }
            keep(page, events.subList(Math.min(skip, events.size()), events.size()));
            if (result.next() != null) {
                requests.put(page + 1, new SearchRequest(request.query(), request.sortField(), request.ascending(),
                        pageSize, result.next()));
            }
        }
    }

    private void keep(int page, List<Event> events) {
        pages.put(page, List.copyOf(events));
        while (pages.size() > keptPages) {
            int eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
            dropped.add(rowsOf(eldest));
        }
    }

    /**
     * Finds the page by its time: narrows the range to the instant that has at most the page's
     * first row before it, then reads from there. The narrowed search sorts exactly as the whole
     * one (time, then id), so its first hit is the row that the count says.
     */
    private void seek(int page, Cancellation cancellation) throws SourceException {
        long row = (long) page * pageSize;
        Boundary boundary = boundary(row, cancellation);
        TimeRange range = first.query().range();
        Instant at = Instant.ofEpochMilli(boundary.millis());
        EventQuery query = new EventQuery(first.query().query(),
                first.ascending() ? new TimeRange(at, range.to()) : new TimeRange(range.from(), at));
        SearchRequest request = new SearchRequest(query, first.sortField(), first.ascending(), pageSize, null);
        long skip = row - boundary.rowsBefore();
        while (skip >= pageSize) {
            SearchPage skipped = source.search(request, cancellation);
            skip -= skipped.events().size();
            if (skipped.next() == null) {
                keepEmpty(page);
                return;
            }
            request = request.after(skipped.next());
        }
        read(page, new SearchRequest(query, first.sortField(), first.ascending(), (int) skip + pageSize,
                request.after()), (int) skip, cancellation);
    }

    /**
     * A time in the range and how many rows come before it: a binary search between the end with
     * no rows before it and the end with all of them, stopping once fewer than a page of rows lie
     * between the time and the row wanted.
     */
    private Boundary boundary(long row, Cancellation cancellation) throws SourceException {
        TimeRange range = first.query().range();
        long fewer = (first.ascending() ? range.from() : range.to()).toEpochMilli();
        long more = (first.ascending() ? range.to() : range.from()).toEpochMilli();
        long fewerRows = 0;
        while (Math.abs(more - fewer) > 1) {
            long middle = fewer + (more - fewer) / 2;
            long before = rowsBefore(middle, cancellation);
            if (before > row) {
                more = middle;
            } else {
                fewer = middle;
                fewerRows = before;
                if (row - before < pageSize) {
                    break;
                }
            }
        }
        return new Boundary(fewer, fewerRows);
    }

    /** How many rows come before the first hit on the far side of {@code millis} in the table's order. */
    private long rowsBefore(long millis, Cancellation cancellation) throws SourceException {
        TimeRange range = first.query().range();
        Instant at = Instant.ofEpochMilli(millis);
        boolean empty = first.ascending() ? !at.isAfter(range.from()) : !at.isBefore(range.to());
        if (empty) {
            return 0;
        }
        TimeRange before = first.ascending() ? new TimeRange(range.from(), at) : new TimeRange(at, range.to());
        return source.count(new EventQuery(first.query().query(), before), cancellation);
    }
}
