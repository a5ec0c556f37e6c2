package org.vigil.examples.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.SourceException;
import org.vigil.ingest.LogFormats;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/** What the folder source's tests share: the formats service, a fast poll, counting and waiting. */
final class Folders {

    /** Polls often, so that the tests wait a fraction of what a user would. */
    static final Duration FAST_POLL = Duration.ofMillis(100);
    /** How long a test waits for the source to see a change; a user waits one poll, 2 s. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final TimeRange ALL_TIME = new TimeRange(Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2100-01-01T00:00:00Z"));

    private Folders() {
    }

    /** @return the formats the ingest bundle publishes, as the component gets them */
    static LogFormats formats() throws InterruptedException {
        ServiceTracker<LogFormats, LogFormats> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Folders.class).getBundleContext(), LogFormats.class, null);
        tracker.open();
        LogFormats formats = tracker.waitForService(PATIENCE.toMillis());
        assertNotNull(formats, "no LogFormats service");
        return formats;
    }

    static long count(EventSource source, String kql) throws SourceException, QuerySyntaxException {
        return source.count(new EventQuery(KqlParser.parse(kql), ALL_TIME), Cancellation.none());
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** @return the count, or -1 when the source fails, so that a wait goes on */
    static long countNow(EventSource source, String kql) {
        try {
            return count(source, kql);
        } catch (SourceException | QuerySyntaxException e) {
            return -1;
        }
    }
}
