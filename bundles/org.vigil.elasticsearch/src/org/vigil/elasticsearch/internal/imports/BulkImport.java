package org.vigil.elasticsearch.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.SearchResponses;
import org.vigil.elasticsearch.internal.SourceCalls;
import org.vigil.events.Cancellation;
import org.vigil.events.ConflictCounts;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;

/**
 * One import into an Elasticsearch source, as {@code _bulk} requests of at most
 * {@value #MAX_REQUEST_BYTES} bytes, {@value #CONCURRENT_REQUESTS} at a time. Every item of
 * every answer is checked: a document the node could not take for now (a full write queue, a
 * shard not started) is sent again after a pause that doubles each time, up to
 * {@value #MAX_TRIES} tries; any other refusal is told to the caller with the engine's reason.
 * Closing the session counts each index it wrote and fails if documents the node acknowledged
 * are missing.
 */
public final class BulkImport implements ImportTarget.Session {

    /**
     * The size of a request, in bytes of its body: small enough that a batch of the importer
     * makes several, so that two are in flight most of the time, and memory and pauses stay small.
     */
    static final int MAX_REQUEST_BYTES = 1 << 20;

    /** Requests in flight at once: on two cores, one being indexed while the next one travels. */
    static final int CONCURRENT_REQUESTS = 2;

    /** How often a document the node could not take for now is sent before it is reported. */
    static final int MAX_TRIES = 8;

    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long MAX_PAUSE_MILLIS = 5_000;
    private static final long PAUSE_SLICE_MILLIS = 50;
    // Far beyond the default refresh interval of one second.
    private static final long REFRESH_WAIT_NANOS = 30_000_000_000L;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int UNAVAILABLE = 503;
    private static final int MULTIPLE_CHOICES = 300;
    /**
     * What the import reads of a {@code _bulk} answer: each item's status, result and error, and
     * the whole request's error. The rest of an item (its index, id, version, shards, sequence
     * number) is four fifths of the answer, which the node would write and the import parse for
     * nothing, both on the cores that index.
     */
    static final String ANSWER_FIELDS = "errors,error,status,items.*.status,items.*.result,items.*.error"; //$NON-NLS-1$

    private final SourceCalls calls;
    private final ImportIndices indices;
    private final ImportChecks checks;
    private final ExecutorService senders;
    private final Runnable closed;
    /** Per index written: its count when the session first wrote to it, and the documents it added. */
    private final Map<String, long[]> written = new LinkedHashMap<>();
    /** Per index written: the type of each of its fields, which each value is checked against. */
    private final Map<String, IndexFieldTypes> fieldTypes = new HashMap<>();
    private final ConflictCounts conflicts = new ConflictCounts();
    private final AtomicLong resent = new AtomicLong();
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private BulkRequest filling = new BulkRequest();
    private Cancellation current = Cancellation.none();

    private BulkImport(SourceCalls calls, ImportIndices indices, ImportChecks checks, Runnable closed) {
        this.closed = closed;
        this.calls = calls;
        this.indices = indices;
        this.checks = checks;
        this.senders = Executors.newFixedThreadPool(CONCURRENT_REQUESTS,
                Thread.ofPlatform().name("Vigil import: " + calls.sourceId(), 0).daemon().factory()); //$NON-NLS-1$
    }

    /**
     * Starts an import after checking, before anything is written, that the source finds what it
     * imports and that its user may write it.
     *
     * @param calls the source's calls
     * @param indices where the events go
     * @param indexPattern the indices the source searches
     * @param user the source's user, or {@code null}
     * @param closed run when the session is closed, such as forgetting the fields known before
     * @return the session
     * @throws SourceException if the source would not find the events, or its user may not write them
     */
    public static BulkImport open(SourceCalls calls, ImportIndices indices, String indexPattern, String user,
            Runnable closed) throws SourceException {
        if (!indices.searchedBy(indexPattern)) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, calls.sourceId(), NLS.bind(
                    Messages.Import_notSearched, new Object[] { calls.sourceId(), indexPattern, indices.pattern() }),
                    null);
        }
        ImportChecks checks = new ImportChecks(calls, indices);
        checks.checkMayWrite(user == null ? "-" : user, Cancellation.none()); //$NON-NLS-1$
        checks.putTemplate(Cancellation.none());
        return new BulkImport(calls, indices, checks, closed);
    }

    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        List<String> refused = new ArrayList<>();
        long added = add(events, cancellation, (event, reason) -> refused.add(reason));
        added += finish(cancellation);
        if (!refused.isEmpty()) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, calls.sourceId(),
                    NLS.bind(Messages.Import_refusedSome, refused.size(), refused.get(0)), null);
        }
        return added;
    }

    /**
     * Fills requests of {@value #MAX_REQUEST_BYTES} bytes and sends each as soon as it is
     * full, waiting only while {@value #CONCURRENT_REQUESTS} are in flight. The last events, too
     * few for a full request, wait for the next call or {@link #finish}: the node never waits for
     * the caller's next batch, nor gets a request smaller than it needs to.
     */
    @Override
    public long add(Iterator<Event> events, Cancellation cancellation, ImportTarget.Refusals refusals)
            throws SourceException {
        current = cancellation;
        long added = 0;
        while (events.hasNext()) {
            Event event = events.next();
            String index = indices.indexOf(event);
            prepare(index, cancellation);
            // A value that does not fit its field's type goes to the field's shadow, not the document to a refusal.
            Event stored = FieldConflicts.apply(event, fieldTypes.get(index), conflicts);
            filling.add(index, stored,
                    stored == event ? refusals : (refused, reason) -> refusals.refused(event, reason));
            if (filling.length() >= MAX_REQUEST_BYTES) {
                added += flush(cancellation, false);
            }
        }
        return added;
    }

    @Override
    public long finish(Cancellation cancellation) throws SourceException {
        return flush(cancellation, true);
    }

    /**
     * Sends the request being filled, if any, once fewer than {@value #CONCURRENT_REQUESTS} are
     * in flight, collecting the oldest answers in order to get there.
     *
     * @param all whether to collect every answer, not only as many as needed to send
     * @return how many documents the collected requests wrote
     */
    private long flush(Cancellation cancellation, boolean all) throws SourceException {
        long added = 0;
        if (filling.size() > 0) {
            added += collect(CONCURRENT_REQUESTS - 1);
            BulkRequest request = filling;
            filling = new BulkRequest();
            inFlight.add(senders.submit(() -> send(request, cancellation)));
        }
        return all ? added + collect(0) : added;
    }

    /** Waits for the oldest requests until at most {@code left} are in flight. */
    private long collect(int left) throws SourceException {
        long added = 0;
        SourceException failure = null;
        while (inFlight.size() > left) {
            try {
                added += inFlight.removeFirst().get().record(written);
            } catch (ExecutionException e) {
                failure = failure == null ? asSourceException(e.getCause()) : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new SourceException(SourceException.Kind.CANCELLED, calls.sourceId(), "interrupted", e); //$NON-NLS-1$
            }
        }
        if (failure != null) {
            throw failure;
        }
        return added;
    }

    private SourceException asSourceException(Throwable failure) {
        if (failure instanceof SourceException known) {
            return known;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        return new SourceException(SourceException.Kind.UNAVAILABLE, calls.sourceId(), String.valueOf(failure),
                failure);
    }

    /**
     * Creates an index the first time the session writes to it, and counts what it held. An index
     * the session created held nothing: neither refreshed nor searched, it stays idle for searches
     * while the import writes, and the node spends no time on periodic refreshes of it.
     */
    private void prepare(String index, Cancellation cancellation) throws SourceException {
        if (!written.containsKey(index)) {
            long before = 0;
            if (!checks.create(index, cancellation)) {
                checks.refresh(index, cancellation);
                before = checks.count(index, cancellation);
            }
            written.put(index, new long[] { before, 0 });
            fieldTypes.put(index, IndexFieldTypes.read(calls, index, cancellation));
        }
    }

    @Override
    public void conflicts(ImportTarget.Conflicts told) {
        conflicts.tell(told);
    }

    /** Sends a request until every document is written or refused for good. */
    private Outcome send(BulkRequest request, Cancellation cancellation) throws SourceException, IOException {
        Outcome outcome = new Outcome();
        BulkRequest pending = request;
        for (int tries = 1; pending.size() > 0; tries++) {
            Response answer = calls.exchange(Messages.Operation_import, bulk(pending), cancellation);
            int status = answer.getStatusCode();
            boolean last = tries >= MAX_TRIES;
            if (status == TOO_MANY_REQUESTS || status == UNAVAILABLE) {
                pending = last ? outcome.giveUp(pending, SearchResponses.error(answer)) : pending;
            } else if (status >= MULTIPLE_CHOICES) {
                throw calls.failure(Messages.Operation_import, answer);
            } else {
                pending = outcome.read(pending, items(answer), last);
            }
            if (pending.size() > 0) {
                resent.addAndGet(pending.size());
                pause(tries, cancellation);
            }
        }
        return outcome;
    }

    /** @return how many times a document the node could not take for now was sent again */
    public long resent() {
        return resent.get();
    }

    private static Request bulk(BulkRequest request) {
        Request bulk = SourceCalls.request("POST", "/_bulk?filter_path=" + ANSWER_FIELDS, null); //$NON-NLS-1$ //$NON-NLS-2$
        bulk.setEntity(request.body());
        return bulk;
    }

    private List<BulkItems.Item> items(Response answer) throws IOException {
        try (InputStream body = answer.getEntity().getContent()) {
            return BulkItems.read(body);
        }
    }

    private void pause(int tries, Cancellation cancellation) throws SourceException {
        long until = System.nanoTime()
                + Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(tries - 1, 20)) * 1_000_000;
        try {
            while (System.nanoTime() < until) {
                cancellation.check(calls.sourceId());
                Thread.sleep(PAUSE_SLICE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.CANCELLED, calls.sourceId(), "interrupted", e); //$NON-NLS-1$
        }
    }

    /**
     * Refreshes the index, or, when the user may not, waits for its periodic refresh: the import
     * ends when what it wrote is found.
     *
     * @return the count, {@code expected} or more unless documents are missing
     */
    private long searchable(String index, long expected) throws SourceException {
        boolean refreshed = checks.refresh(index, Cancellation.none());
        long counted = checks.count(index, Cancellation.none());
        long until = System.nanoTime() + REFRESH_WAIT_NANOS;
        while (!refreshed && counted < expected && System.nanoTime() < until) {
            pause(1, Cancellation.none());
            counted = checks.count(index, Cancellation.none());
        }
        return counted;
    }

    /**
     * Makes what the session wrote searchable and checks that each index holds what it held
     * before plus the documents the session added: a document acknowledged and then lost fails
     * the import rather than going unnoticed. Someone else writing at the same time can only add.
     * A request in flight that ends badly (a cancelled one is aborted) does not spare the earlier,
     * acknowledged documents that: its failure is thrown after them.
     */
    @Override
    public void close() throws SourceException {
        SourceException inFlightFailure = null;
        try {
            if (current.isCancelled()) {
                filling = new BulkRequest();
            }
            // After a failure: what is in flight still counts, and its refusals are still told.
            flush(current, true);
        } catch (SourceException e) {
            inFlightFailure = e;
        } finally {
            senders.shutdownNow();
            closed.run();
        }
        try {
            checkCounts();
        } catch (SourceException e) {
            if (inFlightFailure == null) {
                throw e;
            }
            inFlightFailure.addSuppressed(e);
        }
        if (inFlightFailure != null) {
            throw inFlightFailure;
        }
    }

    private void checkCounts() throws SourceException {
        for (Map.Entry<String, long[]> index : written.entrySet()) {
            long expected = index.getValue()[0] + index.getValue()[1];
            long counted = searchable(index.getKey(), expected);
            if (counted < expected) {
                throw new SourceException(SourceException.Kind.CORRUPT, calls.sourceId(),
                        NLS.bind(Messages.Import_countMismatch,
                                new Object[] { index.getKey(), counted, expected, expected - counted }),
                        null);
            }
        }
    }

    /**
     * What became of the documents of one request: read on a sending thread, then recorded on the
     * caller's, where the refusals are told.
     */
    private static final class Outcome {

        private final Map<String, Long> created = new LinkedHashMap<>();
        private final List<Event> refused = new ArrayList<>();
        private final List<ImportTarget.Refusals> listeners = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private long writtenCount;

        /**
         * @param sent the request
         * @param items its answer's items
         * @param last whether the request may not be sent again
         * @return the documents to send again
         */
        BulkRequest read(BulkRequest sent, List<BulkItems.Item> items, boolean last) throws IOException {
            if (items.size() != sent.size()) {
                throw new IOException("the node answered " + items.size() + " items for " + sent.size() //$NON-NLS-1$ //$NON-NLS-2$
                        + " documents"); //$NON-NLS-1$
            }
            BulkRequest again = new BulkRequest();
            for (int i = 0; i < items.size(); i++) {
                BulkItems.Item item = items.get(i);
                if (item.written()) {
                    writtenCount++;
                    created.merge(sent.index(i), item.created() ? 1L : 0L, Long::sum);
                } else if (item.retriable() && !last) {
                    again.add(sent.index(i), sent.event(i), sent.refusals(i));
                } else {
                    String reason = item.errorType() + ": " + item.reason(); //$NON-NLS-1$
                    refuse(sent, i, item.retriable() ? stillRejected(sent.index(i), reason)
                            : NLS.bind(Messages.Import_refused, sent.index(i), reason));
                }
            }
            return again;
        }

        /**
         * @param sent a request the node would not take, however often sent
         * @param reason the node's last answer
         * @return nothing more to send
         */
        BulkRequest giveUp(BulkRequest sent, String reason) {
            for (int i = 0; i < sent.size(); i++) {
                refuse(sent, i, stillRejected(sent.index(i), reason));
            }
            return new BulkRequest();
        }

        private static String stillRejected(String index, String reason) {
            return NLS.bind(Messages.Import_stillRejected, new Object[] { index, MAX_TRIES, reason });
        }

        private void refuse(BulkRequest sent, int item, String reason) {
            refused.add(sent.event(item));
            listeners.add(sent.refusals(item));
            reasons.add(reason);
        }

        /**
         * Tells each refused document to the call that gave it, on the caller's thread.
         *
         * @param written the session's figures per index, which this request's join
         * @return how many documents were written
         */
        long record(Map<String, long[]> written) {
            created.forEach((index, count) -> written.get(index)[1] += count);
            for (int i = 0; i < refused.size(); i++) {
                listeners.get(i).refused(refused.get(i), reasons.get(i));
            }
            return writtenCount;
        }
    }
}
