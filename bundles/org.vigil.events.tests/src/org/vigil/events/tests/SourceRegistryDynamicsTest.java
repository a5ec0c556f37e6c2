package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;
import org.vigil.examples.source.ExampleEventSource;

/**
 * Starts and stops a real data-source bundle in the running framework and watches the registry
 * follow it, as the workbench's status line and the CLI see it.
 */
class SourceRegistryDynamicsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final BundleContext context = FrameworkUtil.getBundle(SourceRegistryDynamicsTest.class)
            .getBundleContext();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final SourceListener recorder = new SourceListener() {
        @Override
        public void sourceAdded(RegisteredSource source) {
            events.add("+" + source.descriptor().id());
        }

        @Override
        public void sourceRemoved(RegisteredSource source) {
            events.add("-" + source.descriptor().id());
        }
    };

    private ServiceTracker<SourceRegistry, SourceRegistry> tracker;
    private SourceRegistry registry;
    private Bundle exampleBundle;

    @BeforeEach
    void openRegistry() throws Exception {
        tracker = new ServiceTracker<>(context, SourceRegistry.class, null);
        tracker.open();
        registry = tracker.waitForService(PATIENCE.toMillis());
        assertNotNull(registry, "the SourceRegistry service did not appear within " + PATIENCE);
        exampleBundle = Arrays.stream(context.getBundles())
                .filter(bundle -> "org.vigil.examples.source".equals(bundle.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("the example source bundle is not installed"));
        exampleBundle.stop();
        registry.addListener(recorder);
    }

    @AfterEach
    void closeRegistry() throws Exception {
        registry.removeListener(recorder);
        exampleBundle.start();
        tracker.close();
    }

    @Test
    void startingABundleAddsItsSourceAndStoppingItRemovesIt() throws Exception {
        assertTrue(registry.find(ExampleEventSource.ID).isEmpty(), "a stopped bundle's source is still listed");

        exampleBundle.start();
        await(() -> registry.find(ExampleEventSource.ID).isPresent(), "the example source to appear");
        assertEquals("org.vigil.examples.source", registry.find(ExampleEventSource.ID).get().bundle());

        exampleBundle.stop();
        await(() -> registry.find(ExampleEventSource.ID).isEmpty(), "the example source to disappear");

        assertEquals(List.of("+example", "-example"), events);
    }

    @Test
    void theEmbeddedStoreStaysTheDefaultWhileOtherSourcesComeAndGo() throws Exception {
        await(() -> registry.find("embedded").isPresent(), "the embedded store to be registered");
        exampleBundle.start();
        await(() -> registry.sources().size() >= 2, "two sources");

        assertEquals("embedded", registry.defaultSource().orElseThrow().descriptor().id());
        assertEquals("embedded", registry.sources().get(0).descriptor().id(), "highest ranking first");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("gave up waiting " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(20);
        }
    }
}
