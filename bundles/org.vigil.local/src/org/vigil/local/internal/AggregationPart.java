package org.vigil.local.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.vigil.events.AggregationResult;
import org.vigil.events.Cancellation;

/**
 * One aggregation of an {@link AggregationPass}, and a collector of its own: a request of one
 * aggregation is searched with its part alone, so that Lucene calls the part's loop directly.
 * Each part counts the hits it sees, segment by segment, and turns what it counted into its
 * result at the end.
 * <p>
 * Each subclass loops over a range of hits in a {@code collectRange} of its own: a loop written
 * once here would call every part's {@code collect} from one place, which the JIT then cannot
 * inline, and an aggregation over a million hits pays that call on each.
 */
abstract class AggregationPart extends SimpleCollector {

    /** The hits this part has seen; every part of a pass sees the same. */
    long hits;
    private Cancellation cancellation = Cancellation.none();

    /** @param watched checked at each segment; the pass stops when it is cancelled */
    final void watch(Cancellation watched) {
        this.cancellation = watched;
    }

    @Override
    protected final void doSetNextReader(LeafReaderContext context) throws IOException {
        if (cancellation.isCancelled()) {
            throw new AggregationPass.CancelledException();
        }
        segment(context);
    }

    @Override
    public final void finish() throws IOException {
        finishSegment();
    }

    @Override
    public final ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** @param context the next segment, whose hits follow in increasing order */
    abstract void segment(LeafReaderContext context) throws IOException;

    /** Called after the last hit of each segment, while its values can still be looked up. */
    abstract void finishSegment() throws IOException;

    /**
     * @param allHits how many hits the pass had
     * @return the result
     */
    abstract AggregationResult result(long allHits);
}
