package org.vigil.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;

/** Reaches the source registry from a command, waiting for the framework to publish it. */
final class Registry implements AutoCloseable {

    private final ServiceTracker<SourceRegistry, SourceRegistry> tracker;

    Registry(BundleContext context) {
        tracker = new ServiceTracker<>(context, SourceRegistry.class, null);
        tracker.open();
    }

    SourceRegistry await() throws CliException {
        return ServiceWait.await(tracker, NLS.bind(Messages.Plugins_noRegistry, ServiceWait.SECONDS));
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
