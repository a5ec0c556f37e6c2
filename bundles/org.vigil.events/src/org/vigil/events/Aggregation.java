package org.vigil.events;

import java.util.List;
import java.util.Objects;

import org.vigil.query.QueryNode;

/**
 * One figure of an {@link AggregationRequest}, named so that its result can be found in the
 * {@link AggregationResults}. Every kind is computed by the engine over the request's hits
 * (doc values on the embedded store, an aggregation on Elasticsearch), never by fetching hits.
 * The semantics both engines follow are in docs/AGGREGATIONS.md. Added in package version 0.2.5.
 */
public sealed interface Aggregation {

    /** @return the name the result is found under; unique within a request */
    String name();

    /**
     * Hits over time on the grid of {@link EventSource#histogram}, optionally split into one
     * series per top value of a field. Gives an {@link AggregationResult.TimeSeries}.
     *
     * @param name the result's name
     * @param targetBuckets about how many bars the chart has room for (see {@link Intervals#auto})
     * @param splitField the field whose top values make the series, {@code null} for no split
     * @param splitSize how many series at most (the most frequent values over the whole range)
     */
    record DateHistogram(String name, int targetBuckets, String splitField, int splitSize) implements Aggregation {

        /** Rejects a histogram without name or bars, or a split without series. */
        public DateHistogram {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            positive(targetBuckets, "targetBuckets"); //$NON-NLS-1$
            if (splitField != null) {
                positive(splitSize, "splitSize"); //$NON-NLS-1$
            }
        }

        /**
         * @param name the result's name
         * @param targetBuckets about how many bars
         * @return a histogram of all hits, without series
         */
        public static DateHistogram of(String name, int targetBuckets) {
            return new DateHistogram(name, targetBuckets, null, 0);
        }
    }

    /**
     * The most frequent values of a field, and optionally for each the most frequent values of a
     * second field (a two-field table). Gives an {@link AggregationResult.TermsTable}.
     *
     * @param name the result's name
     * @param field the field counted
     * @param size how many values of it
     * @param thenField the second field, counted within each value of the first; {@code null} for none
     * @param thenSize how many values of the second field per value of the first
     */
    record Terms(String name, String field, int size, String thenField, int thenSize) implements Aggregation {

        /** Rejects terms without name, field or size. */
        public Terms {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(field, "field"); //$NON-NLS-1$
            positive(size, "size"); //$NON-NLS-1$
            if (thenField != null) {
                positive(thenSize, "thenSize"); //$NON-NLS-1$
            }
        }

        /**
         * @param name the result's name
         * @param field the field counted
         * @param size how many values
         * @return the top values of one field
         */
        public static Terms of(String name, String field, int size) {
            return new Terms(name, field, size, null, 0);
        }
    }

    /**
     * How many different values a field has among the hits. Gives an
     * {@link AggregationResult.DistinctCount}: exact on the embedded store, possibly approximate on
     * Elasticsearch (see its flag).
     *
     * @param name the result's name
     * @param field the field
     */
    record Distinct(String name, String field) implements Aggregation {

        /** Rejects a count without name or field. */
        public Distinct {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(field, "field"); //$NON-NLS-1$
        }
    }

    /**
     * Count, sum, minimum, maximum and average of a numeric field. Gives an
     * {@link AggregationResult.NumericStats}; a field that is not numeric (or not known) is refused.
     *
     * @param name the result's name
     * @param field a numeric field
     */
    record Stats(String name, String field) implements Aggregation {

        /** Rejects stats without name or field. */
        public Stats {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(field, "field"); //$NON-NLS-1$
        }
    }

    /**
     * Hits by hour of day and day of week in the request's zone. Gives an
     * {@link AggregationResult.HeatMap}.
     *
     * @param name the result's name
     */
    record HeatMap(String name) implements Aggregation {

        /** Rejects a heat map without name. */
        public HeatMap {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        }
    }

    /**
     * Several queries counted among the hits at once (alerts, scans, logon failures…). Gives a
     * {@link AggregationResult.FilterCounts}.
     *
     * @param name the result's name
     * @param filters the queries, each with its label, in the order the result keeps
     */
    record Filters(String name, List<NamedFilter> filters) implements Aggregation {

        /** Rejects filters without name, and keeps an immutable copy. */
        public Filters {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            filters = List.copyOf(filters);
        }
    }

    /**
     * @param label how the filter's count is labelled
     * @param query the parsed query (KQL or Lucene syntax) that hits must also match
     */
    record NamedFilter(String label, QueryNode query) {

        /** Rejects a filter without label or query. */
        public NamedFilter {
            Objects.requireNonNull(label, "label"); //$NON-NLS-1$
            Objects.requireNonNull(query, "query"); //$NON-NLS-1$
        }
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value); //$NON-NLS-1$
        }
    }
}
