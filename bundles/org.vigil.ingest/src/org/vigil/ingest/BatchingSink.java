package org.vigil.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;

/**
 * Enriches a format's events and gathers them into batches for the thread that writes them, and
 * keeps the rejections for the report. It runs on the parsing thread; only {@link #rejected()} is read
 * from the writing thread while parsing goes on, for progress.
 */
final class BatchingSink implements EventSink {

    private static final Duration READY_POLL = Duration.ofMillis(100);

    private final int batchSize;
    private final EventEnricher enricher;
    private final BatchPipe pipe;
    private final Cancellation cancellation;
    private final List<Rejection> rejections = new ArrayList<>();
    private List<Event> batch;
    private long[] lines;
    private volatile int rejected;

    /**
     * @param batchSize how many events a batch holds
     * @param enricher applied to each event before it is batched
     * @param pipe where full batches go
     * @param cancellation stops the format between records
     */
    BatchingSink(int batchSize, EventEnricher enricher, BatchPipe pipe, Cancellation cancellation) {
        this.batchSize = batchSize;
        this.enricher = enricher;
        this.pipe = pipe;
        this.cancellation = cancellation;
        startBatch();
    }

    /** @throws BatchPipe.Stopped when the writer has given up, to end the format's loop at once */
    @Override
    public void accept(Event event) {
        accept(event, 0);
    }

    /** @throws BatchPipe.Stopped when the writer has given up, to end the format's loop at once */
    @Override
    public void accept(Event event, long lineNumber) {
        lines[batch.size()] = lineNumber;
        batch.add(enricher.enrich(event));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /**
     * Waits, before the first event, until the enricher applies the data of now (the registry as
     * last changed), at most {@link FileImporter#ENRICHER_WAIT}; one that is not ready by then
     * enriches with what it has. A short wait at a time, so that a cancelled import ends at once.
     *
     * @throws InterruptedException when the parsing thread is interrupted
     */
    void awaitEnricher() throws InterruptedException {
        long deadline = System.nanoTime() + FileImporter.ENRICHER_WAIT.toNanos();
        while (!enricher.awaitReady(READY_POLL) && !isCancelled() && System.nanoTime() < deadline) {
            // Not ready yet: look at the cancellation again.
        }
    }

    /** @throws BatchPipe.Stopped when the writer has given up */
    @Override
    public void reject(Rejection rejection) {
        if (pipe.isStopped()) {
            throw new BatchPipe.Stopped();
        }
        rejections.add(rejection);
        rejected = rejections.size();
    }

    @Override
    public boolean isCancelled() {
        return cancellation.isCancelled() || pipe.isStopped();
    }

    /** Hands over the events of the batch still being filled, at the end of the file. */
    void flush() {
        if (!batch.isEmpty()) {
            pipe.put(new BatchPipe.Batch(batch, lines));
            startBatch();
        }
    }

    private void startBatch() {
        batch = new ArrayList<>(batchSize);
        lines = new long[batchSize];
    }

    /** @return how many records were rejected so far; safe to read from any thread */
    int rejected() {
        return rejected;
    }

    /** @return the rejections, in file order; read only once parsing has ended */
    List<Rejection> rejections() {
        return rejections;
    }
}
