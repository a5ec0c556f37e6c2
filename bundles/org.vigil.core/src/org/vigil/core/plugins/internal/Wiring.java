package org.vigil.core.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/** Resolving freshly installed bundles, and taking bundles out again without leaving wires behind. */
final class Wiring {

    /** A refresh restarts the bundles that used the removed ones; that can take a while with many sources. */
    private static final long REFRESH_SECONDS = 60;

    private final FrameworkWiring framework;
    private final MissingRequirements missing;

    Wiring(BundleContext context) {
        this.framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        this.missing = new MissingRequirements(context);
    }

    /**
     * @param bundles freshly installed bundles
     * @return why some did not resolve, one line per missing requirement; empty when all resolved
     */
    List<String> resolve(List<Bundle> bundles) {
        if (framework.resolveBundles(bundles)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.addAll(missing.of(bundle));
            }
        }
        return problems;
    }

    /**
     * Uninstalls the bundles and refreshes the framework, so that their class loaders, services
     * and the wires of the bundles that imported from them are gone when this returns.
     */
    void discard(List<Bundle> bundles) {
        List<Bundle> uninstalled = new ArrayList<>();
        for (Bundle bundle : bundles) {
            try {
                bundle.uninstall();
                uninstalled.add(bundle);
            } catch (BundleException | IllegalStateException e) {
                // Already uninstalled, or its activator failed in stop(): the framework uninstalls it anyway.
                uninstalled.add(bundle);
            }
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.refreshBundles(uninstalled, event -> refreshed.countDown());
        try {
            refreshed.await(REFRESH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }
}
