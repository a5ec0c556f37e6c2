package org.vigil.events.dsl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.vigil.core.model.TimeRange;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;

import com.fasterxml.jackson.databind.JsonNode;

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
     * @param range the searched range
     * @param interval the bucket width asked for
     * @param offset the operator's UTC offset
     * @param answer the date histogram answer
     * @return one bucket per interval over the whole range
     */
    static Histogram read(TimeRange range, Duration interval, ZoneOffset offset, JsonNode answer) {
        Map<Instant, Long> counts = new TreeMap<>();
        for (Instant start = Intervals.bucketStart(range.from(), interval, offset); start.isBefore(range.to());
                start = start.plus(interval)) {
            counts.put(start, 0L);
        }
        for (JsonNode bucket : answer.path("buckets")) { //$NON-NLS-1$
            counts.computeIfPresent(Instant.ofEpochMilli(bucket.path("key").asLong()), //$NON-NLS-1$
                    (start, none) -> bucket.path("doc_count").asLong()); //$NON-NLS-1$
        }
        return new Histogram(interval, counts.entrySet().stream()
                .map(bucket -> new Histogram.Bucket(bucket.getKey(), bucket.getValue())).toList());
    }
}
