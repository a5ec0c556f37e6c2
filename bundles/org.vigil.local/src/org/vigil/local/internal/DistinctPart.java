package org.vigil.local.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * The exact number of different values among the hits: a segment marks the ids it meets, and
 * the values of the marked ids join one set at the end of the segment.
 */
final class DistinctPart extends AggregationPart {

    private final Aggregation.Distinct aggregation;
    private final FieldValues values;
    private final Set<Object> seen = new HashSet<>();
    private FixedBitSet segmentSeen = new FixedBitSet(0);

    DistinctPart(Aggregation.Distinct aggregation, FieldValues values) {
        this.aggregation = aggregation;
        this.values = values;
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        values.segment(context.reader());
        segmentSeen = new FixedBitSet(Math.max(1, values.idBound()));
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        int count = values.read(doc);
        int[] ids = values.ids();
        for (int i = 0; i < count; i++) {
            segmentSeen = FixedBitSet.ensureCapacity(segmentSeen, ids[i]);
            segmentSeen.set(ids[i]);
        }
    }

    @Override
    public void collectRange(int min, int max) throws IOException {
        for (int doc = min; doc < max; doc++) {
            collect(doc);
        }
    }

    @Override
    void finishSegment() throws IOException {
        for (int id = 0; id < segmentSeen.length(); id++) {
            if (segmentSeen.get(id)) {
                seen.add(values.key(id));
            }
        }
    }

    @Override
    AggregationResult result(long allHits) {
        return new AggregationResult.DistinctCount(aggregation.name(), aggregation.field(), seen.size(), false);
    }
}
