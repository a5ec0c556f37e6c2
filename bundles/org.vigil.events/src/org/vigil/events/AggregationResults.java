package org.vigil.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source answers to an {@link AggregationRequest}: the hits of its query and one result per
 * aggregation, in the request's order. Added in package version 0.2.5.
 *
 * @param hits how many hits the query has (the figure "count")
 * @param results the results by aggregation name
 */
public record AggregationResults(long hits, Map<String, AggregationResult> results) {

    /** Keeps an immutable copy in the given order. */
    public AggregationResults {
        results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /**
     * @param hits how many hits the query has
     * @param results the results, in the request's order
     * @return them by name
     */
    public static AggregationResults of(long hits, List<AggregationResult> results) {
        Map<String, AggregationResult> byName = new LinkedHashMap<>();
        results.forEach(result -> byName.put(result.name(), result));
        return new AggregationResults(hits, byName);
    }

    /** @return the named time series; see {@link #get(String, Class)} */
    public AggregationResult.TimeSeries timeSeries(String name) {
        return get(name, AggregationResult.TimeSeries.class);
    }

    /** @return the named terms table; see {@link #get(String, Class)} */
    public AggregationResult.TermsTable terms(String name) {
        return get(name, AggregationResult.TermsTable.class);
    }

    /** @return the named distinct count; see {@link #get(String, Class)} */
    public AggregationResult.DistinctCount distinct(String name) {
        return get(name, AggregationResult.DistinctCount.class);
    }

    /** @return the named numeric stats; see {@link #get(String, Class)} */
    public AggregationResult.NumericStats stats(String name) {
        return get(name, AggregationResult.NumericStats.class);
    }

    /** @return the named heat map; see {@link #get(String, Class)} */
    public AggregationResult.HeatMap heatMap(String name) {
        return get(name, AggregationResult.HeatMap.class);
    }

    /** @return the named filter counts; see {@link #get(String, Class)} */
    public AggregationResult.FilterCounts filters(String name) {
        return get(name, AggregationResult.FilterCounts.class);
    }

    /**
     * @param name an aggregation's name
     * @param kind the kind of result it gives
     * @return its result
     * @throws IllegalArgumentException if there is no result of that name and kind
     */
    public <T extends AggregationResult> T get(String name, Class<T> kind) {
        AggregationResult result = results.get(name);
        if (!kind.isInstance(result)) {
            throw new IllegalArgumentException("no " + kind.getSimpleName() + " named " + name); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return kind.cast(result);
    }
}
