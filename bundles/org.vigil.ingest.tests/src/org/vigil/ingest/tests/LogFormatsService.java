package org.vigil.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.ingest.LogFormats;

/** The LogFormats service of the running framework, for tests that use the formats as an importer does. */
final class LogFormatsService implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ServiceTracker<LogFormats, LogFormats> tracker;
    private final LogFormats formats;

    private LogFormatsService() throws InterruptedException {
        tracker = new ServiceTracker<>(FrameworkUtil.getBundle(LogFormatsService.class).getBundleContext(),
                LogFormats.class, null);
        tracker.open();
        formats = tracker.waitForService(PATIENCE.toMillis());
        assertNotNull(formats, "the LogFormats service did not appear within " + PATIENCE);
    }

    /** @return the tracked service, waited for up to ten seconds */
    static LogFormatsService open() throws InterruptedException {
        return new LogFormatsService();
    }

    LogFormats formats() {
        return formats;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
