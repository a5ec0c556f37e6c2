package org.vigil.cli.internal;

import java.util.concurrent.TimeUnit;

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
}
