package org.vigil.registry.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigil.core.model.Event;
import org.vigil.events.EventEnricher;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryChange;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.match.AssetMatcher;
import org.vigil.registry.match.EventTagger;

/**
 * Tags imported events with their information systems ({@link EventTagger}) from the
 * highest-ranked registry. The matcher is built on a thread of its own when the component starts
 * and again after every change of the registry, and swapped in whole: an import under way goes
 * on with the matcher it has, never waiting; an import that starts after a change waits for the
 * new one ({@link #awaitReady}).
 */
@Component(service = EventEnricher.class)
public final class SystemTaggingComponent implements EventEnricher, RegistryListener {

    private static final Logger LOG = Logger.getLogger(SystemTaggingComponent.class.getName());

    private final SystemRegistry registry;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("Vigil registry: asset matcher").daemon().factory()); //$NON-NLS-1$
    private final Object lock = new Object();
    private volatile EventTagger tagger = new EventTagger(AssetMatcher.of(List.of()));
    /** Changes announced, and changes the current matcher includes: it is ready when they are equal. */
    private long requested;
    private long built;

    /** @param registry the registry whose assets tag events, the highest-ranked one */
    @Activate
    public SystemTaggingComponent(@Reference(policyOption = ReferencePolicyOption.GREEDY) SystemRegistry registry) {
        this.registry = registry;
        registry.addListener(this);
        rebuildSoon();
    }

    /** Stops following the registry; events are tagged with the last matcher built. */
    @Deactivate
    public void close() {
        registry.removeListener(this);
        builder.shutdownNow();
    }

    @Override
    public Event enrich(Event event) {
        return tagger.tag(event);
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long wanted = requested;
            while (built < wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    @Override
    public void registryChanged(RegistryChange change) {
        rebuildSoon();
    }

    /** @return the matcher events are tagged with now */
    public AssetMatcher matcher() {
        return tagger.matcher();
    }

    private void rebuildSoon() {
        synchronized (lock) {
            requested++;
        }
        try {
            builder.execute(this::rebuild);
        } catch (RejectedExecutionException e) {
            // Deactivated: nobody tags with this component any more.
        }
    }

    /** Builds one matcher for every change announced so far; the changes queued behind it find nothing left to do. */
    private void rebuild() {
        long covers;
        synchronized (lock) {
            covers = requested;
            if (built >= covers) {
                return;
            }
        }
        try {
            List<InformationSystem> systems = registry.systems(SystemFilter.ALL);
            tagger = new EventTagger(AssetMatcher.of(systems));
        } catch (RegistryException | RuntimeException e) {
            // Deactivated while reading (a short vigil-cli run ending): the interruption is ours,
            // and nobody tags with this component any more.
            if (!builder.isShutdown()) {
                // Imports go on with the systems known before; the next change tries again. A
                // registry that says why (held by a workbench, unreadable) needs no stack trace.
                LOG.log(Level.WARNING, "events are tagged with the registry as it was before: " + e.getMessage(), //$NON-NLS-1$
                        e instanceof RegistryException ? null : e);
            }
        }
        synchronized (lock) {
            built = Math.max(built, covers);
            lock.notifyAll();
        }
    }
}
