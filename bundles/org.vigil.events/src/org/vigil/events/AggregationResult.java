package org.vigil.events;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link Aggregation}, immutable, for a chart or a CSV export. Added in package
 * version 0.2.5.
 */
public sealed interface AggregationResult {

    /** @return the aggregation's name */
    String name();

    /**
     * Hits over time, and per series when the histogram is split.
     *
     * @param name the aggregation's name
     * @param interval the width of every bucket
     * @param starts the start of each bucket, in time order, empty buckets included
     * @param totals the hits of each bucket
     * @param series the top values of the split field, most frequent first; empty without a split
     * @param other per bucket, the hits no series counts (the bucket's hits less the series'
     *        counts, at least 0); equal to {@code totals} without a split
     */
    record TimeSeries(String name, Duration interval, List<Instant> starts, List<Long> totals, List<Series> series,
            List<Long> other) implements AggregationResult {

        /** Keeps immutable copies. */
        public TimeSeries {
            starts = List.copyOf(starts);
            totals = List.copyOf(totals);
            series = List.copyOf(series);
            other = List.copyOf(other);
        }

        /**
         * The series of a split histogram with {@code other} worked out from them, as every engine
         * answers. Added in package version 1.1.0.
         *
         * @param name the aggregation's name
         * @param interval the width of every bucket
         * @param starts the start of each bucket
         * @param totals the hits of each bucket
         * @param series the top values of the split field, each with as many counts as buckets
         * @return the time series, {@code other} the hits of each bucket no series counts
         */
        public static TimeSeries of(String name, Duration interval, List<Instant> starts, List<Long> totals,
                List<Series> series) {
            List<Long> other = new java.util.ArrayList<>(totals);
            for (Series one : series) {
                for (int slot = 0; slot < other.size(); slot++) {
                    other.set(slot, Math.max(0, other.get(slot) - one.counts().get(slot)));
                }
            }
            return new TimeSeries(name, interval, starts, totals, series, other);
        }

        /** @return the hits of all buckets */
        public long total() {
            return totals.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * One series of a split histogram.
     *
     * @param value the split field's value, as text
     * @param total its hits over the whole range
     * @param counts its hits per bucket
     */
    record Series(String value, long total, List<Long> counts) {

        /** Keeps an immutable copy. */
        public Series {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The top values of a field, with those of a second field within each when asked.
     *
     * @param name the aggregation's name
     * @param field the field counted
     * @param hits how many hits the query has
     * @param withField how many of those have the field
     * @param others how many values outside {@code buckets} were counted (a hit with two values
     *        counts twice)
     * @param buckets the values, most frequent first, ties in the value's own order
     * @param approximate whether the engine may have missed some counts: only on Elasticsearch,
     *        with several shards (its {@code doc_count_error_upper_bound})
     */
    record TermsTable(String name, String field, long hits, long withField, long others, List<Bucket> buckets,
            boolean approximate) implements AggregationResult {

        /** Keeps an immutable copy. */
        public TermsTable {
            buckets = List.copyOf(buckets);
        }
    }

    /**
     * One value of a {@link TermsTable}.
     *
     * @param value the value as text (an IP, a number, a keyword)
     * @param count how many hits have it
     * @param then the top values of the second field among those hits; empty without a second field
     * @param thenOthers how many values of the second field outside {@code then} were counted
     */
    record Bucket(String value, long count, List<Bucket> then, long thenOthers) {

        /** Keeps an immutable copy. */
        public Bucket {
            then = List.copyOf(then);
        }

        /**
         * @param value the value as text
         * @param count how many hits have it
         * @return a bucket without a second field
         */
        public static Bucket of(String value, long count) {
            return new Bucket(value, count, List.of(), 0);
        }
    }

    /**
     * @param name the aggregation's name
     * @param field the field
     * @param value how many different values the hits have
     * @param approximate whether the engine estimated it: on Elasticsearch above its precision
     *        threshold; never on the embedded store
     */
    record DistinctCount(String name, String field, long value, boolean approximate) implements AggregationResult {
    }

    /**
     * @param name the aggregation's name
     * @param field the numeric field
     * @param count how many values were counted (a hit with two values counts twice)
     * @param sum their sum, 0 without values
     * @param min the smallest, {@code NaN} without values
     * @param max the largest, {@code NaN} without values
     */
    record NumericStats(String name, String field, long count, double sum, double min, double max)
            implements AggregationResult {

        /** @return the average, {@code NaN} without values */
        public double average() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }

    /**
     * Hits per hour of day and day of week, in local time.
     *
     * @param name the aggregation's name
     * @param zone the zone the hours are read in
     * @param cells 168 counts, Monday 00:00–00:59 first, then by hour, then by day
     */
    record HeatMap(String name, ZoneId zone, List<Long> cells) implements AggregationResult {

        /** The number of cells: seven days of 24 hours. */
        public static final int CELLS = 7 * 24;

        /** Keeps an immutable copy and rejects a map of the wrong size. */
        public HeatMap {
            Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
            cells = List.copyOf(cells);
            if (cells.size() != CELLS) {
                throw new IllegalArgumentException("a heat map has " + CELLS + " cells, not " + cells.size()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        /**
         * @param day the day of week
         * @param hour the hour of day, 0 to 23
         * @return the hits in that hour of that day, over the whole range
         */
        public long count(DayOfWeek day, int hour) {
            return cells.get(index(day, hour));
        }

        /**
         * @param day the day of week
         * @param hour the hour of day, 0 to 23
         * @return the position of that cell in {@link #cells()}
         */
        public static int index(DayOfWeek day, int hour) {
            return (day.getValue() - 1) * 24 + Objects.checkIndex(hour, 24);
        }
    }

    /**
     * @param name the aggregation's name
     * @param counts the hits matching each filter, in the filters' order
     */
    record FilterCounts(String name, List<FilterCount> counts) implements AggregationResult {

        /** Keeps an immutable copy. */
        public FilterCounts {
            counts = List.copyOf(counts);
        }

        /**
         * @param label a filter's label
         * @return its count
         * @throws IllegalArgumentException if no filter has that label
         */
        public long count(String label) {
            return counts.stream().filter(count -> count.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no filter " + label)).count(); //$NON-NLS-1$
        }
    }

    /**
     * @param label the filter's label
     * @param count the hits that match it
     */
    record FilterCount(String label, long count) {
    }
}
