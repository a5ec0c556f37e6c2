package org.vigil.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets the caller of a source call give up on it: the operator pressed Cancel, left the
 * perspective, or started another search. Sources poll {@link #isCancelled()} between units of
 * work and register {@link #guard(Runnable)} actions to abort requests in flight.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    // One token can serve a whole export or import of thousands of requests: each request's action
    // leaves the set when the request is over, so the set holds the requests in flight only.
    private final Set<Runnable> actions = ConcurrentHashMap.newKeySet();

    /** @return a token nobody will cancel, for callers that do not offer cancelling */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Cancels, running every registered action once. */
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            actions.forEach(Runnable::run);
        }
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * @param action run when the call is cancelled (at once if it already was); kept as long as
     *            the token, so prefer {@link #guard(Runnable)} for work that ends before the token
     */
    public void onCancel(Runnable action) {
        guard(action);
    }

    /**
     * Registers an action for the time some work is in flight, such as one request of many made
     * with this token. Added in package version 0.2.3.
     *
     * @param action run when the call is cancelled (at once if it already was) before the guard is closed
     * @return closing it forgets the action
     */
    public Guard guard(Runnable action) {
        actions.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> actions.remove(action);
    }

    /** An action registered for the time some work is in flight. */
    @FunctionalInterface
    public interface Guard extends AutoCloseable {
        /** Forgets the action: the work is over. */
        @Override
        void close();
    }

    /**
     * @param source the source doing the work, named in the exception
     * @throws SourceException of kind {@link SourceException.Kind#CANCELLED} once cancelled
     */
    public void check(String source) throws SourceException {
        if (cancelled) {
            throw new SourceException(SourceException.Kind.CANCELLED, source, "cancelled", null);
        }
    }
}
