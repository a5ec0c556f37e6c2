package org.vigil.local.internal;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;
import org.vigil.core.model.FieldType;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * Count, sum, minimum and maximum of every value of a numeric field among the hits (a hit with
 * two values counts both), the sum compensated as Elasticsearch's {@code stats} compensates it.
 */
final class StatsPart extends AggregationPart {

    private final Aggregation.Stats aggregation;
    private final boolean doubles;
    private SortedNumericDocValues values;
    private long count;
    private double sum;
    private double compensation;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * @param aggregation what to compute
     * @param type the field's type: long or double
     */
    StatsPart(Aggregation.Stats aggregation, FieldType type) {
        this.aggregation = aggregation;
        this.doubles = type == FieldType.DOUBLE;
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        values = DocValues.getSortedNumeric(context.reader(), aggregation.field());
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
                long raw = values.nextValue();
                add(doubles ? NumericUtils.sortableLongToDouble(raw) : raw);
            }
        }
    }

    @Override
    public void collectRange(int min, int max) throws IOException {
        for (int doc = min; doc < max; doc++) {
            collect(doc);
        }
    }

    private void add(double value) {
        count++;
        // Kahan summation: a million doubles summed naively drift in the last digits.
        double corrected = value - compensation;
        double next = sum + corrected;
        compensation = (next - sum) - corrected;
        sum = next;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    @Override
    void finishSegment() {
        // Nothing per segment: the figures are the pass's.
    }

    @Override
    AggregationResult result(long allHits) {
        return new AggregationResult.NumericStats(aggregation.name(), aggregation.field(), count, sum,
                count == 0 ? Double.NaN : min, count == 0 ? Double.NaN : max);
    }
}
