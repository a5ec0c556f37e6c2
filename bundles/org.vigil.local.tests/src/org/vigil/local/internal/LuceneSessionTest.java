package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceException;

/** An import session writes many batches and leaves them durable, even after a failed batch. */
class LuceneSessionTest {

    private static final List<Event> EVENTS = new DemoData(
            DemoSettings.standard(Instant.parse("2026-11-01T00:00:00Z"), 3_000)).events().toList();

    @TempDir
    Path directory;

    @Test
    void closingTheSessionLeavesEveryBatchInTheIndexOnce() throws Exception {
        try (LuceneEngine engine = LuceneEngine.open("test", directory)) {
            write(engine, 1_000);
            write(engine, 1_000);
        }
        try (LuceneEngine reopened = LuceneEngine.open("test", directory)) {
            assertEquals(EVENTS.size(), reopened.count(new MatchAllDocsQuery(), Cancellation.none()));
        }
    }

    @Test
    void aCancelledBatchKeepsWhatTheSessionWroteBefore() throws Exception {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        try (LuceneEngine engine = LuceneEngine.open("test", directory)) {
            try (ImportTarget.Session session = engine.session()) {
                session.add(EVENTS.subList(0, 1_000).iterator(), Cancellation.none());
                SourceException e = assertThrows(SourceException.class,
                        () -> session.add(EVENTS.subList(1_000, 2_000).iterator(), cancelled));
                assertEquals(SourceException.Kind.CANCELLED, e.kind());
            }
        }
        try (LuceneEngine reopened = LuceneEngine.open("test", directory)) {
            assertEquals(1_000, reopened.count(new MatchAllDocsQuery(), Cancellation.none()));
        }
    }

    @Test
    void theLastEventOfAnIdInABatchStays() throws Exception {
        List<Event> batch = new ArrayList<>(EVENTS);
        Event first = EVENTS.get(0);
        batch.add(new Event(first.id(), first.timestamp(), Map.of("event.action", "replaced")));
        try (LuceneEngine engine = LuceneEngine.open("test", directory)) {
            try (ImportTarget.Session session = engine.session()) {
                assertEquals(batch.size(), session.add(batch.iterator(), Cancellation.none()));
            }
            assertEquals(EVENTS.size(), engine.count(new MatchAllDocsQuery(), Cancellation.none()));
            assertEquals(1, engine.count(new TermQuery(new Term("event.action", "replaced")), Cancellation.none()));
        }
    }

    private static void write(LuceneEngine engine, int batchSize) throws SourceException {
        try (ImportTarget.Session session = engine.session()) {
            for (int from = 0; from < EVENTS.size(); from += batchSize) {
                session.add(EVENTS.subList(from, Math.min(EVENTS.size(), from + batchSize)).iterator(),
                        Cancellation.none());
            }
        }
    }
}
