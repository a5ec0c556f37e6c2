package org.vigil.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vigil.core.model.Event;

/**
 * Hands batches from the thread that parses a file to the thread that writes them. It holds
 * few batches, so parsing runs ahead of writing by that much and memory stays flat; a parser
 * that gets further ahead waits. Once the writer stops, the parser is released from any wait
 * and told so by {@link Stopped}.
 */
final class BatchPipe {

    private static final long POLL_MILLIS = 50;

    /**
     * Events in file order with the line each came from.
     *
     * @param events the events
     * @param lines the 1-based line of each event, 0 where the format did not say
     */
    record Batch(List<Event> events, long[] lines) {
    }

    /** A batch, or the end of the file with the parser's failure if it failed. */
    private record Item(Batch batch, Throwable failure) {
    }

    private final BlockingQueue<Item> queue;
    private volatile boolean stopped;

    /** @param capacity how many batches may wait for the writer */
    BatchPipe(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Called by the parser; waits while the pipe is full.
     *
     * @param batch events in file order
     * @throws Stopped when the writer has stopped
     */
    void put(Batch batch) {
        if (!offer(new Item(batch, null))) {
            throw new Stopped();
        }
    }

    /**
     * Called by the parser when it is done, whatever the reason.
     *
     * @param failure why parsing ended early, or {@code null} when the file was read to its end
     */
    void end(Throwable failure) {
        offer(new Item(null, failure));
    }

    private boolean offer(Item item) {
        try {
            while (!stopped) {
                if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Called by the writer.
     *
     * @return the next batch, or {@code null} once the parser has read the whole file
     * @throws ParseFailure when the parser failed
     * @throws InterruptedException when the writing thread is interrupted while it waits
     */
    Batch take() throws InterruptedException {
        Item item = queue.take();
        if (item.failure() != null) {
            throw new ParseFailure(item.failure());
        }
        return item.batch();
    }

    /** Called by the writer when it takes no more batches: the parser stops at its next batch. */
    void stop() {
        stopped = true;
        queue.clear();
    }

    /** @return whether the writer has stopped */
    boolean isStopped() {
        return stopped;
    }

    /** Ends a parse whose batches nobody will write. */
    static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Carries the parser's failure over to the writing thread. */
    static final class ParseFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ParseFailure(Throwable cause) {
            super(cause);
        }
    }
}
