package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/**
 * Writes a format's events to the target a batch at a time, so that memory holds one batch
 * however large the file, and keeps the rejections for the report. Cancellation is checked before
 * each batch: batches written stay, the one being filled is dropped.
 */
final class BatchingSink implements EventSink {

    private final ImportTarget target;
    private final int batchSize;
    private final Cancellation cancellation;
    private final Runnable afterBatch;
    private final List<Event> batch = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private long imported;

    /**
     * @param target where the events go
     * @param batchSize how many events to write at a time
     * @param cancellation checked before each batch
     * @param afterBatch told after each batch, for progress
     */
    BatchingSink(ImportTarget target, int batchSize, Cancellation cancellation, Runnable afterBatch) {
        this.target = target;
        this.batchSize = batchSize;
        this.cancellation = cancellation;
        this.afterBatch = afterBatch;
    }

    @Override
    public void accept(Event event) {
        batch.add(event);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /**
     * Writes the events still held.
     *
     * @throws TargetFailure when the target cannot write them or the run is cancelled
     */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            cancellation.check(target.id());
            imported += target.add(batch.iterator(), cancellation);
        } catch (SourceException e) {
            throw new TargetFailure(e);
        }
        batch.clear();
        afterBatch.run();
    }

    /** @return the events written so far */
    long imported() {
        return imported;
    }

    /** @return the rejections so far, in file order */
    List<Rejection> rejections() {
        return rejections;
    }

    /**
     * Carries a target's failure out of {@link LogFormat#parse}, whose sink cannot throw checked
     * exceptions, to the importer that reports it.
     */
    static final class TargetFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TargetFailure(SourceException cause) {
            super(cause);
        }

        @Override
        public synchronized SourceException getCause() {
            return (SourceException) super.getCause();
        }
    }
}
