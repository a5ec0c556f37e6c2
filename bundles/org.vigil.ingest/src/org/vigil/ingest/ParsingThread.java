package org.vigil.ingest;

import java.io.IOException;
import java.util.List;

import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;

/**
 * Parses one file on a thread of its own, ahead of the thread that writes its batches, so that
 * parsing and writing overlap where there are two cores. The writer takes the batches with
 * {@link #next()} and must call {@link #stop()} when it is done, whatever the outcome: that
 * releases and waits for the parser, after which the rejections can be read.
 */
final class ParsingThread {

    /** Batches parsed ahead of the writer: enough to keep both busy, few enough for flat memory. */
    static final int BATCHES_AHEAD = 2;

    private final BatchPipe pipe = new BatchPipe(BATCHES_AHEAD);
    private final BatchingSink sink;
    private final Thread thread;

    private ParsingThread(LogFormat format, LogInput input, ParseOptions options, int batchSize,
            EventEnricher enricher, Cancellation cancellation) {
        this.sink = new BatchingSink(batchSize, enricher, pipe, cancellation);
        this.thread = Thread.ofPlatform().name("Vigil import: parsing " + input.file()).daemon() //$NON-NLS-1$
                .unstarted(() -> parse(format, input, options));
    }

    /**
     * @param format the file's format
     * @param input the opened file; it must stay open until {@link #stop()} returns
     * @param options the parse options
     * @param batchSize how many events a batch holds
     * @param enricher applied to every event before it is batched, on the parser's thread
     * @param cancellation stops the parser between records
     * @return the started parser
     */
    static ParsingThread start(LogFormat format, LogInput input, ParseOptions options, int batchSize,
            EventEnricher enricher, Cancellation cancellation) {
        ParsingThread parsing = new ParsingThread(format, input, options, batchSize, enricher, cancellation);
        parsing.thread.start();
        return parsing;
    }

    private void parse(LogFormat format, LogInput input, ParseOptions options) {
        Throwable failure = null;
        try {
            sink.awaitEnricher();
            format.parse(input, options, sink);
            sink.flush();
        } catch (BatchPipe.Stopped | InterruptedException e) {
            // The writer gave up on this file and reports why.
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            pipe.end(failure);
        }
    }

    /**
     * @return the next batch in file order, or {@code null} when the file was parsed to its end
     * @throws IOException when the file could not be read to its end
     * @throws BatchPipe.ParseFailure when the format failed otherwise
     * @throws InterruptedException when the calling thread is interrupted while it waits
     */
    BatchPipe.Batch next() throws IOException, InterruptedException {
        try {
            return pipe.take();
        } catch (BatchPipe.ParseFailure e) {
            switch (e.getCause()) {
                case IOException unreadable -> throw unreadable;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    /** Stops the parser if it is still going and waits until it has ended. */
    void stop() {
        pipe.stop();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // The parser ends at its next batch; leaving before would race with closing its file.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return how many records were rejected so far */
    int rejected() {
        return sink.rejected();
    }

    /** @return every rejection in file order; only after {@link #stop()} */
    List<Rejection> rejections() {
        return sink.rejections();
    }
}
