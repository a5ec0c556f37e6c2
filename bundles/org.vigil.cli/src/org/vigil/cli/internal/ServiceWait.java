package org.vigil.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for a service the way every command does: services start lazily, so a command asks
 * the framework and gives it {@value #SECONDS} seconds before it reports the service missing.
 */
final class ServiceWait {

    /** How long a command waits for a service. */
    static final long SECONDS = 20;

    private ServiceWait() {
    }

    /**
     * @param <T> the service type
     * @param tracker an open tracker of the service
     * @param missing the message when the service does not come in time
     * @return the service
     * @throws CliException (failure) when it does not come or the wait is interrupted
     */
    static <T> T await(ServiceTracker<T, T> tracker, String missing) throws CliException {
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SECONDS));
            if (service == null) {
                throw CliException.failure(missing);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure(Messages.Cli_interrupted);
        }
    }

    /**
     * @param <S> the service type
     * @param context the CLI bundle's context
     * @param type the service's interface
     * @return the highest-ranked service of that type
     * @throws CliException naming the service when it does not come, or when interrupted
     */
    static <S> S await(BundleContext context, Class<S> type) throws CliException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return await(tracker, NLS.bind(Messages.Cli_noService, type.getName(), SECONDS));
        } finally {
            tracker.close();
        }
    }
}
