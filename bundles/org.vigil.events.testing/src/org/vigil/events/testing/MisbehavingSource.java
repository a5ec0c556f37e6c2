package org.vigil.events.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.vigil.core.model.Event;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.TopTerms;

/**
 * A source that misbehaves on purpose in one of the ways a careless plugin would, for tests that
 * prove the workbench, the command line and {@link org.vigil.events.MultiSource} survive it: each
 * call throws, hangs ignoring its cancellation, answers {@code null}, or (for a search) makes hits
 * without a time. Added in package version 1.2.0.
 */
public final class MisbehavingSource implements EventSource {

    /** How the source misbehaves. */
    public enum Misbehaviour {
        /** Every call throws an {@link IllegalStateException}, not a {@code SourceException}. */
        THROWS,
        /** Every call blocks until {@link MisbehavingSource#release()}, whatever its cancellation says. */
        HANGS,
        /** Every call answers {@code null}, a count -1. */
        NULL_ANSWERS,
        /** A search builds hits without a time, which fails inside the source; the rest answers empty. */
        NO_TIMESTAMPS
    }

    private final SourceDescriptor descriptor;
    private final Misbehaviour misbehaviour;
    private final CountDownLatch released = new CountDownLatch(1);

    /**
     * @param id the source's id, also its name
     * @param misbehaviour how it misbehaves
     */
    public MisbehavingSource(String id, Misbehaviour misbehaviour) {
        this.descriptor = new SourceDescriptor(id, id, "misbehaving", "nowhere"); //$NON-NLS-1$ //$NON-NLS-2$
        this.misbehaviour = misbehaviour;
    }

    /** Lets hanging calls end, so that a test leaves no thread blocked behind it. */
    public void release() {
        released.countDown();
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) {
        return misbehave(List.of());
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) {
        if (misbehaviour == Misbehaviour.NO_TIMESTAMPS) {
            Instant none = null;
            return new SearchPage(List.of(new Event("no-time", none, Map.of("message", "no time"))), 1, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return misbehave(new SearchPage(List.of(), 0, null));
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) {
        Long count = misbehave(0L);
        return count == null ? -1 : count;
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation) {
        return misbehave(new Histogram(Intervals.auto(query.range(), targetBuckets), List.of()));
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation) {
        return misbehave(new TopTerms(field, 0, 0, List.of()));
    }

    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) {
        return misbehave(AggregationResults.of(0, List.of()));
    }

    private <T> T misbehave(T empty) {
        switch (misbehaviour) {
            case THROWS -> throw new IllegalStateException(descriptor.id() + " is broken on purpose"); //$NON-NLS-1$
            case HANGS -> {
                // Deaf to interruption and to the token, as a stuck client is.
                boolean done = false;
                while (!done) {
                    try {
                        released.await();
                        done = true;
                    } catch (InterruptedException e) {
                        // hangs on
                    }
                }
                return empty;
            }
            case NULL_ANSWERS -> {
                return null;
            }
            default -> {
                return empty;
            }
        }
    }
}
