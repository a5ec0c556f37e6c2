package org.vigil.local.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.vigil.events.AggregationResult;

/**
 * One aggregation of an {@link AggregationPass}: it sees every hit of the pass, segment by
 * segment, and turns what it counted into its result at the end.
 */
interface AggregationPart {

    /** @param context the next segment, whose hits follow in increasing order */
    void segment(LeafReaderContext context) throws IOException;

    /** @param doc a hit of the current segment */
    void collect(int doc) throws IOException;

    /** Called after the last hit of each segment, while its values can still be looked up. */
    void finishSegment() throws IOException;

    /**
     * @param hits how many hits the pass had
     * @return the result
     */
    AggregationResult result(long hits);
}
