package org.vigil.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets the caller of a source call give up on it: the operator pressed Cancel, left the
 * perspective, or started another search. Sources poll {@link #isCancelled()} between units of
 * work and register {@link #onCancel(Runnable)} actions to abort requests in flight.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

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
     * @param action run when the call is cancelled (at once if it already was)
     */
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled) {
            action.run();
        }
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
