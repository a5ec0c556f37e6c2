package org.vigil.events;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;
import org.vigil.events.internal.Messages;

/**
 * A source whose every call is given a time limit, so that no source can hold its caller: the call
 * runs on a thread of its own; when the limit passes, or the caller cancels, the call is cancelled
 * and the caller gets a {@link SourceException} naming the source (and the limit) at once, even if
 * the source ignores the cancellation. A source that throws something else than a
 * {@link SourceException}, or answers nothing, fails the same way, so that the caller has one kind
 * of failure to show against the source. The workbench and the command line reach every source
 * through one, and {@link MultiSource} guards each of its sources with its limit. Added in package
 * version 1.2.0.
 */
public final class GuardedSource implements EventSource {

    /** The limit when the operator chose none: time for a busy cluster, short enough to wait out. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final EventSource source;
    private final Duration timeout;

    private GuardedSource(EventSource source, Duration timeout) {
        this.source = source;
        this.timeout = timeout;
    }

    /**
     * @param source the source to call
     * @param timeout how long one call may take
     * @return the source with that limit (a guarded source gets the new limit, not a second guard)
     * @throws IllegalArgumentException if the limit is not positive
     */
    public static GuardedSource of(EventSource source, Duration timeout) {
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a source's time limit must be positive: " + timeout); //$NON-NLS-1$
        }
        return new GuardedSource(source instanceof GuardedSource guarded ? guarded.source : source, timeout);
    }

    /** @return the source called */
    public EventSource source() {
        return source;
    }

    /** @return how long one call may take */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public SourceDescriptor descriptor() {
        return source.descriptor();
    }

    @Override
    public SourceProfile profile() {
        try {
            SourceProfile profile = source.profile();
            return profile == null ? SourceProfile.NONE : profile;
        } catch (RuntimeException e) {
            // A profile only decides what is shown first: without it the events are still searched.
            return SourceProfile.NONE;
        }
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        List<FieldInfo> fields = call("fields", cancellation, source::fields); //$NON-NLS-1$
        return fields.stream().anyMatch(Objects::isNull) ? garbage("fields") : fields; //$NON-NLS-1$
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        return call("search", cancellation, c -> source.search(request, c)); //$NON-NLS-1$
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        long count = call("count", cancellation, c -> source.count(query, c)); //$NON-NLS-1$
        return count < 0 ? garbage("count") : count; //$NON-NLS-1$
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        return call("histogram", cancellation, c -> source.histogram(query, targetBuckets, offset, c)); //$NON-NLS-1$
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        return call("topTerms", cancellation, c -> source.topTerms(query, field, size, c)); //$NON-NLS-1$
    }

    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        return call("aggregate", cancellation, c -> source.aggregate(request, c)); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return "GuardedSource[" + descriptor().id() + ", " + timeout + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** One call of the source. */
    @FunctionalInterface
    private interface Call<T> {
        T run(Cancellation cancellation) throws SourceException;
    }

    private <T> T call(String what, Cancellation cancellation, Call<T> call) throws SourceException {
        SourceDescriptor descriptor = source.descriptor();
        cancellation.check(descriptor.id());
        Cancellation own = new Cancellation();
        CompletableFuture<T> answer = new CompletableFuture<>();
        // The caller's Cancel ends the wait itself: a source that ignores its token must not hold the caller.
        try (Cancellation.Guard guard = cancellation.guard(() -> {
            own.cancel();
            answer.completeExceptionally(
                    new SourceException(SourceException.Kind.CANCELLED, descriptor.id(), "cancelled", null)); //$NON-NLS-1$
        })) {
            Thread.ofVirtual().name("vigil-source-" + descriptor.id()).start(() -> { //$NON-NLS-1$
                try {
                    answer.complete(call.run(own));
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                }
            });
            T result = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return result == null ? garbage(what) : result;
        } catch (TimeoutException e) {
            own.cancel();
            throw new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(),
                    NLS.bind(Messages.Guard_timedOut, descriptor.displayName(), seconds()), e);
        } catch (ExecutionException e) {
            throw failure(descriptor, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            own.cancel();
            throw new SourceException(SourceException.Kind.CANCELLED, descriptor.id(), "interrupted", e); //$NON-NLS-1$
        }
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? Long.toString(timeout.toSeconds())
                : Double.toString(timeout.toMillis() / 1000.0);
    }

    private static SourceException failure(SourceDescriptor descriptor, Throwable cause) {
        if (cause instanceof SourceException e) {
            return e;
        }
        return new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(),
                NLS.bind(Messages.Guard_crashed, descriptor.displayName(), String.valueOf(cause)), cause);
    }

    private <T> T garbage(String what) throws SourceException {
        SourceDescriptor descriptor = source.descriptor();
        throw new SourceException(SourceException.Kind.UNAVAILABLE, descriptor.id(),
                NLS.bind(Messages.Guard_garbage, descriptor.displayName(), what), null);
    }
}
