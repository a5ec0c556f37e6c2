package org.vigil.events.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vigil.events.EventSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;

/**
 * Tracks every published {@link EventSource} through a dynamic, multiple reference, so that
 * sources follow their bundles' lifecycle while the registry stays up.
 */
@Component(service = SourceRegistry.class)
public final class SourceRegistryComponent implements SourceRegistry {

    private static final Comparator<RegisteredSource> PREFERRED_FIRST = Comparator
            .comparingInt(RegisteredSource::ranking).reversed()
            .thenComparing(registered -> registered.descriptor().id());

    private final Map<ServiceReference<EventSource>, RegisteredSource> present = new ConcurrentHashMap<>();
    private final List<SourceListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(service = EventSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addSource(ServiceReference<EventSource> reference, EventSource source) {
        RegisteredSource registered = new RegisteredSource(source,
                reference.getBundle().getSymbolicName(), rankingOf(reference));
        present.put(reference, registered);
        listeners.forEach(listener -> listener.sourceAdded(registered));
    }

    void removeSource(ServiceReference<EventSource> reference) {
        RegisteredSource removed = present.remove(reference);
        if (removed != null) {
            listeners.forEach(listener -> listener.sourceRemoved(removed));
        }
    }

    @Override
    public List<RegisteredSource> sources() {
        return present.values().stream().sorted(PREFERRED_FIRST).toList();
    }

    @Override
    public Optional<RegisteredSource> find(String id) {
        return present.values().stream().filter(registered -> registered.descriptor().id().equals(id))
                .min(PREFERRED_FIRST);
    }

    @Override
    public void addListener(SourceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SourceListener listener) {
        listeners.remove(listener);
    }

    private static int rankingOf(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
