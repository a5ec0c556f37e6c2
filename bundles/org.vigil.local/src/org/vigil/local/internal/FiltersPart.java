package org.vigil.local.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * The hits that match each of several queries, in the same pass: each query's matches of a
 * segment are walked alongside the hits, which come in increasing order, as a conjunction would.
 */
final class FiltersPart extends AggregationPart {

    private final Aggregation.Filters aggregation;
    private final List<Weight> weights;
    private final long[] counts;
    private final DocIdSetIterator[] matches;
    private final TwoPhaseIterator[] confirmations;

    /**
     * @param aggregation the filters
     * @param weights each filter's query, prepared on the pass's searcher, in the filters' order
     */
    FiltersPart(Aggregation.Filters aggregation, List<Weight> weights) {
        this.aggregation = aggregation;
        this.weights = weights;
        this.counts = new long[weights.size()];
        this.matches = new DocIdSetIterator[weights.size()];
        this.confirmations = new TwoPhaseIterator[weights.size()];
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        for (int i = 0; i < weights.size(); i++) {
            Scorer scorer = weights.get(i).scorer(context);
            confirmations[i] = scorer == null ? null : scorer.twoPhaseIterator();
            matches[i] = scorer == null ? DocIdSetIterator.empty()
                    : confirmations[i] == null ? scorer.iterator() : confirmations[i].approximation();
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        for (int i = 0; i < matches.length; i++) {
            DocIdSetIterator match = matches[i];
            int at = match.docID() < doc ? match.advance(doc) : match.docID();
            if (at == doc && (confirmations[i] == null || confirmations[i].matches())) {
                counts[i]++;
            }
        }
    }

    @Override
    public void collectRange(int min, int max) throws IOException {
        for (int doc = min; doc < max; doc++) {
            collect(doc);
        }
    }

    @Override
    void finishSegment() {
        // Nothing per segment: the counts are the pass's.
    }

    @Override
    AggregationResult result(long allHits) {
        List<AggregationResult.FilterCount> result = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            result.add(new AggregationResult.FilterCount(aggregation.filters().get(i).label(), counts[i]));
        }
        return new AggregationResult.FilterCounts(aggregation.name(), result);
    }
}
