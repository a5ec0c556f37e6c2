package org.vigil.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;

/** Reaches the source registry from a command, waiting for the framework to publish it. */
final class Registry implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

    private final ServiceTracker<SourceRegistry, SourceRegistry> tracker;

    Registry(BundleContext context) {
        tracker = new ServiceTracker<>(context, SourceRegistry.class, null);
        tracker.open();
    }

    SourceRegistry await() throws CliException {
        try {
            SourceRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (registry == null) {
                throw CliException.failure(NLS.bind(Messages.Plugins_noRegistry, WAIT_SECONDS));
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure(Messages.Cli_interrupted);
        }
    }

    /**
     * @param id a source id, or {@code null} for the default source
     * @return the source
     * @throws CliException naming the sources there are when none has the id
     */
    RegisteredSource source(String id) throws CliException {
        SourceRegistry registry = await();
        return (id == null ? registry.defaultSource() : registry.find(id)).orElseThrow(() -> CliException.failure(
                NLS.bind(Messages.Source_unknown, id, registry.sources().stream().map(s -> s.descriptor().id()).toList())));
    }

    @Override
    public void close() {
        tracker.close();
    }
}
