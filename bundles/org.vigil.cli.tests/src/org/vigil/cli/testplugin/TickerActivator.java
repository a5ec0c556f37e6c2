package org.vigil.cli.testplugin;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the plugin jars the tests build: it starts a thread and publishes a service,
 * the two things a plugin must not leave behind when it is uninstalled. Its class file is copied
 * into those jars, so it imports nothing but {@code org.osgi.framework}.
 */
public final class TickerActivator implements BundleActivator {

    /** The name of the thread every running test plugin has. */
    public static final String THREAD_PREFIX = "vigil-test-ticker-";

    private Thread ticker;

    @Override
    public void start(BundleContext context) {
        ticker = new Thread(TickerActivator::tick, THREAD_PREFIX + context.getBundle().getSymbolicName());
        ticker.setDaemon(true);
        ticker.start();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("vigil.test.plugin", context.getBundle().getSymbolicName());
        context.registerService(Runnable.class, () -> { }, properties);
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        ticker.interrupt();
        ticker.join(5_000);
    }

    private static void tick() {
        try {
            while (true) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            // stop() asked the thread to end.
        }
    }
}
