package org.vigil.events.dsl;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.vigil.core.model.TimeRange;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;

import com.fasterxml.jackson.core.JsonParser;

/** Date histograms on the bucket grid of {@link Intervals}: local midnight for days, empty buckets included. */
final class Histograms {

    private Histograms() {
    }

    /**
     * @param field the time field
     * @param interval the bucket width
     * @param offset the operator's UTC offset
     * @return the date histogram aggregation
     */
    static String aggregation(String field, Duration interval, ZoneOffset offset) {
        long width = interval.toMillis();
        // Intervals shifts instants forward by the offset; the engine's offset moves bucket starts, hence the minus.
        long shift = Math.floorMod(-offset.getTotalSeconds() * 1000L, width);
        return Json.object("date_histogram", Json.object("field", Json.quote(field), //$NON-NLS-1$ //$NON-NLS-2$
                "fixed_interval", Json.quote(width + "ms"), "offset", Json.quote(shift + "ms"), "min_doc_count", "0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /**
     * The buckets of a searched range, one per interval over the whole range: the engine leaves
     * out the empty ones at both ends, and its buckets off the grid are not the range's.
     */
    static final class Grid {

        private final Duration interval;
        private final Instant first;
        private final long firstMillis;
        private final long width;
        private final int size;

        /**
         * @param range the searched range
         * @param interval the bucket width asked for
         * @param offset the operator's UTC offset
         */
        Grid(TimeRange range, Duration interval, ZoneOffset offset) {
            this.interval = interval;
            this.first = Intervals.bucketStart(range.from(), interval, offset);
            this.firstMillis = first.toEpochMilli();
            this.width = interval.toMillis();
            int buckets = 0;
            for (Instant start = first; start.isBefore(range.to()); start = start.plus(interval)) {
                buckets++;
            }
            this.size = buckets;
        }

        /** @return the count of each bucket of a date histogram answer, 0 for those it leaves out */
        long[] counts(JsonParser answer) throws IOException {
            long[] counts = new long[size];
            Answers.keyedCounts(answer, (key, count) -> {
                long index = Math.floorDiv(key - firstMillis, width);
                if (index >= 0 && index < size && firstMillis + index * width == key) {
                    counts[(int) index] = count;
                }
            });
            return counts;
        }

        /** @return the histogram of the counts of {@link #counts} */
        Histogram histogram(long[] counts) {
            List<Histogram.Bucket> buckets = new ArrayList<>(size);
            Instant start = first;
            for (long count : counts) {
                buckets.add(new Histogram.Bucket(start, count));
                start = start.plus(interval);
            }
            return new Histogram(interval, buckets);
        }
    }
}
