package org.vigil.local.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;

import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.ConflictCounts;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/**
 * Batches of one import written into the embedded store. A commit writes the buffered documents
 * out as a small segment, fsyncs and reopens the searcher: per batch that costs as much as the
 * indexing itself and leaves many segments to merge, so the session commits only once
 * {@link #COMMIT_INTERVAL} has passed since its last commit, and when it is closed.
 */
final class IndexingSession implements ImportTarget.Session {

    /** The longest a session writes before it commits: what a crash could lose, to import again. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(30);

    private final LuceneEventStore store;
    private final String sourceId;
    private final ConflictCounts conflicts = new ConflictCounts();
    private long lastCommit = System.nanoTime();

    IndexingSession(LuceneEventStore store, String sourceId) {
        this.store = store;
        this.sourceId = sourceId;
    }

    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        long written = store.add(events, cancellation, conflicts);
        if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
            close();
        }
        return written;
    }

    @Override
    public void conflicts(ImportTarget.Conflicts told) {
        conflicts.tell(told);
    }

    @Override
    public void close() throws SourceException {
        try {
            store.commit();
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw LuceneEngine.unavailable(sourceId, e);
        }
    }
}
