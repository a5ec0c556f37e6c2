package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.internal.imports.BulkImport;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.ImportTarget;
import org.vigil.events.SourceDescriptor;
import org.vigil.query.KqlParser;

/**
 * A node too busy to take every document (a write pool of one thread and a queue of one, kept
 * full by other writers, so that bulk items come back 429): the import sends them again until
 * every event is in.
 * <p>
 * It needs such a node, whose address is the system property {@code vigil.es.busy.url}; the
 * ordinary test nodes must not be slowed down for it. Start one with
 * {@code VIGIL_ES_SETTINGS="thread_pool.write.size=1 thread_pool.write.queue_size=1"
 * releng/elasticsearch/es-node.sh start --profile plain --name busy}. Without it the test is skipped.
 */
class ImportRetryTest {

    private static final int EVENTS = 20_000;
    private static final int BATCH = 5_000;
    private static final Instant START = Instant.parse("2026-05-04T00:00:00Z");

    private final String prefix = "vigil-it-busy-" + UUID.randomUUID().toString().substring(0, 8);
    /** Not among the source's indices: the count is of the imported events only. */
    private final String noise = prefix.replace("-busy-", "-noise-");
    private ElasticsearchConnection connection;

    @AfterEach
    void dropIndex() throws Exception {
        if (connection != null) {
            connection.call(client -> client.indices().delete(d -> d.index(prefix + "-busy", noise)));
            connection.call(client -> client.indices().deleteIndexTemplate(d -> d.name(prefix)));
            connection.close();
        }
    }

    @Test
    void documentsTheNodeCouldNotTakeAreSentAgainUntilEveryEventIsIn() throws Exception {
        String url = System.getProperty("vigil.es.busy.url", "").trim();
        assumeTrue(!url.isEmpty() && !"null".equals(url), "No busy node (vigil.es.busy.url); skipped");
        connection = EsNodes.connector().open(ConnectionProfile.of("it-busy", URI.create(url)));
        ElasticsearchEventSource source = new ElasticsearchEventSource(
                new SourceDescriptor("busy", "Busy", "elasticsearch", url), connection, prefix + "-*", Event.TIMESTAMP,
                Clock.systemUTC(), prefix);
        List<String> refused = new ArrayList<>();
        long written = 0;
        long resent;

        try (ImportTarget.Session session = source.session();
                Noise burst = new Noise(connection, noise, () -> ((BulkImport) session).resent() > 0)) {
            for (int from = 0; from < EVENTS; from += BATCH) {
                written += session.add(events(from, from + BATCH).iterator(), Cancellation.none(),
                        (event, reason) -> refused.add(reason));
            }
            written += session.finish(Cancellation.none());
            resent = ((BulkImport) session).resent();
        }

        assertEquals(List.of(), refused);
        assertEquals(EVENTS, written);
        assertTrue(resent > 0, "the node took every document at once: it was not busy, the test proves nothing");
        assertEquals(EVENTS, source.count(new EventQuery(KqlParser.parse("*"),
                new TimeRange(START, START.plusSeconds(EVENTS))), Cancellation.none()));
    }

    /**
     * Other writers keeping the node's only write thread and its queue busy for a while, as a
     * burst from a colleague's shipper would; they stop once the import has had to send something
     * again (how soon depends on the machine: a fixed burst sometimes ended before the import's
     * first request), after {@link #BURST} at most, or when closed, and mind nothing of their own
     * rejections. A burst longer than the import's pauses add up to would end in refused events,
     * reported as such.
     */
    private static final class Noise implements AutoCloseable {

        private static final int WRITERS = 3;
        private static final int DOCUMENTS = 200;
        private static final Duration BURST = Duration.ofSeconds(20);

        private final AtomicBoolean stopped = new AtomicBoolean();
        private final CountDownLatch saturated = new CountDownLatch(1);
        private final List<Thread> writers = new ArrayList<>();
        private final BooleanSupplier enough;

        /** Returns once the node has refused some noise: the import then starts on a full queue. */
        Noise(ElasticsearchConnection connection, String index, BooleanSupplier enough) throws InterruptedException {
            this.enough = enough;
            for (int i = 0; i < WRITERS; i++) {
                writers.add(Thread.ofPlatform().daemon().start(() -> write(connection, index)));
            }
            saturated.await(BURST.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void write(ElasticsearchConnection connection, String index) {
            Map<String, Object> document = Map.of("@timestamp", START.toString(), "message", "noise");
            long end = System.nanoTime() + BURST.toNanos();
            while (!stopped.get() && !enough.getAsBoolean() && System.nanoTime() < end) {
                try {
                    if (connection.call(client -> client.bulk(bulk -> {
                        for (int i = 0; i < DOCUMENTS; i++) {
                            bulk.operations(op -> op.index(doc -> doc.index(index).document(document)));
                        }
                        return bulk;
                    })).errors()) {
                        saturated.countDown();
                    }
                } catch (ConnectionFailedException e) {
                    // A rejected noise request is what the noise is for.
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            stopped.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
        }
    }

    private static List<Event> events(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Event("busy-" + i, START.plusSeconds(i),
                Map.of("event.dataset", "busy", "source.ip", "10.20." + (i / 250 % 250) + "." + (i % 250),
                        "event.action", i % 3 == 0 ? "deny" : "allow", "message", "connection number " + i)))
                .toList();
    }
}
