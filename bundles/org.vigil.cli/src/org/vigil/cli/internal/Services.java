package org.vigil.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Reaches a service from a command, waiting for the framework to publish it. */
final class Services {

    private static final long WAIT_SECONDS = 20;

    private Services() {
    }

    /**
     * @param context the CLI bundle's context
     * @param type the service's interface
     * @return the highest-ranked service of that type, waited for up to {@value #WAIT_SECONDS} s
     * @throws CliException naming the service when it does not come, or when interrupted
     */
    static <S> S await(BundleContext context, Class<S> type) throws CliException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (service == null) {
                throw CliException.failure(NLS.bind(Messages.Cli_noService, type.getName(), WAIT_SECONDS));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure(Messages.Cli_interrupted);
        } finally {
            tracker.close();
        }
    }
}
