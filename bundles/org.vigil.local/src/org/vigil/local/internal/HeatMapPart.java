package org.vigil.local.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.vigil.core.model.Event;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationResult;

/**
 * Hits per hour of day and day of week in a zone. A segment whose times all fall in one stretch
 * of the zone's offset (every segment in Vietnam, whose offset last changed in 1975) is counted
 * with that offset and nothing else per hit; in another segment the offset is looked up again
 * only when a hit falls outside the stretch where the last one holds.
 */
final class HeatMapPart extends AggregationPart {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** 1970-01-01, day 0 of the epoch, was a Thursday: three days after a Monday. */
    private static final int EPOCH_DAY_OF_WEEK = 3;
    /** No offset is this far from UTC: the segment's times span a change of offset. */
    private static final long CHANGING = Long.MIN_VALUE;

    private final Aggregation.HeatMap aggregation;
    private final ZoneId zone;
    private final ZoneRules rules;
    private NumericDocValues single;
    private SortedNumericDocValues values;
    private final long[] cells = new long[AggregationResult.HeatMap.CELLS];
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetTo = Long.MIN_VALUE;
    private long offset;
    /** The offset of every time of the segment, or {@link #CHANGING}. */
    private long steady = CHANGING;

    HeatMapPart(Aggregation.HeatMap aggregation, ZoneId zone) {
        this.aggregation = aggregation;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    @Override
    void segment(LeafReaderContext context) throws IOException {
        // Read here rather than through a shared helper: a call site of its own is one the JIT inlines.
        values = DocValues.getSortedNumeric(context.reader(), Event.TIMESTAMP);
        single = DocValues.unwrapSingleton(values);
        steady = single == null ? CHANGING : steadyOffset(context.reader().getPointValues(Event.TIMESTAMP));
    }

    /**
     * {@code ZoneRules.isFixedOffset()} is no help here: it is false for a zone with any change in
     * its history, Vietnam's included. The segment's smallest and largest times are.
     */
    private long steadyOffset(PointValues times) throws IOException {
        if (times == null || times.size() == 0) {
            return CHANGING;
        }
        long first = LongPoint.decodeDimension(times.getMinPackedValue(), 0);
        long last = LongPoint.decodeDimension(times.getMaxPackedValue(), 0);
        lookUpOffset(first);
        return last < offsetTo ? offset : CHANGING;
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        if (steady != CHANGING) {
            if (single.advanceExact(doc)) {
                cells[cell(single.longValue() + steady)]++;
            }
            return;
        }
        long millis;
        if (single != null) {
            if (!single.advanceExact(doc)) {
                return;
            }
            millis = single.longValue();
        } else if (values.advanceExact(doc)) {
            millis = values.nextValue();
        } else {
            return;
        }
        if (millis < offsetFrom || millis >= offsetTo) {
            lookUpOffset(millis);
        }
        cells[cell(millis + offset)]++;
    }

    /**
     * A run of hits of a segment in one stretch of the offset, with one time per event (the usual
     * case), is counted by a loop with nothing but the arithmetic: the work per hit is a few
     * nanoseconds, and any check per hit would be a large part of it.
     */
    @Override
    public void collectRange(int min, int max) throws IOException {
        if (steady == CHANGING) {
            for (int doc = min; doc < max; doc++) {
                collect(doc);
            }
            return;
        }
        NumericDocValues times = single;
        long[] counts = cells;
        long fixed = steady;
        for (int doc = min; doc < max; doc++) {
            if (times.advanceExact(doc)) {
                counts[cell(times.longValue() + fixed)]++;
            }
        }
        hits += max - min;
    }

    private static int cell(long local) {
        int day = (int) Math.floorMod(Math.floorDiv(local, DAY) + EPOCH_DAY_OF_WEEK, 7);
        return day * 24 + (int) (Math.floorMod(local, DAY) / HOUR);
    }

    private void lookUpOffset(long millis) {
        Instant instant = Instant.ofEpochMilli(millis);
        offset = rules.getOffset(instant).getTotalSeconds() * 1000L;
        if (rules.isFixedOffset()) {
            offsetFrom = Long.MIN_VALUE;
            offsetTo = Long.MAX_VALUE;
            return;
        }
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusMillis(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        offsetFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().toEpochMilli();
        offsetTo = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
    }

    @Override
    void finishSegment() {
        // Nothing per segment: the cells are the pass's.
    }

    @Override
    AggregationResult result(long allHits) {
        return new AggregationResult.HeatMap(aggregation.name(), zone, TimeSeriesPart.list(cells));
    }
}
