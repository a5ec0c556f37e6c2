package org.vigil.local.internal;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.vigil.core.model.Event;

/** The event time of each hit of a segment, in epoch milliseconds: every event has exactly one. */
final class Timestamps {

    /** What {@link #read} answers for a document without a time, which no aggregation counts. */
    static final long NONE = Long.MIN_VALUE;

    private SortedNumericDocValues values;
    private NumericDocValues single;

    /** @param reader the next segment */
    void segment(LeafReader reader) throws IOException {
        values = DocValues.getSortedNumeric(reader, Event.TIMESTAMP);
        single = DocValues.unwrapSingleton(values);
    }

    /**
     * @param doc a hit of the segment, in increasing order
     * @return its time, or {@link #NONE}
     */
    long read(int doc) throws IOException {
        if (single != null) {
            return single.advanceExact(doc) ? single.longValue() : NONE;
        }
        return values.advanceExact(doc) ? values.nextValue() : NONE;
    }
}
