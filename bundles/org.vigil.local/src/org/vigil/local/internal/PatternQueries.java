package org.vigil.local.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.search.Query;

/**
 * Keeps the queries of recently searched wildcard patterns. Building one compiles an automaton
 * over the pattern, which takes longer than counting its hits; and a query comes back with each
 * of its searches, counts, histograms and pages. Lucene's query cache also finds an entry faster
 * for the same query object than for an equal one. Queries are immutable, so sharing them
 * between threads is safe.
 */
final class PatternQueries {

    /** Patterns kept: far more than an operator's recent queries hold, small enough to ignore. */
    private static final int MAX_PATTERNS = 256;

    /** What a pattern query depends on. */
    private record Key(String field, String pattern, boolean analysed) {
    }

    private final Map<Key, Query> queries = new ConcurrentHashMap<>();

    /**
     * @param field the field searched
     * @param pattern the pattern as the query will match it
     * @param analysed whether the field is text, whose pattern query differs
     * @param build builds the query when it is not kept
     * @return the query
     */
    Query get(String field, String pattern, boolean analysed, Supplier<Query> build) {
        Key key = new Key(field, pattern, analysed);
        Query known = queries.get(key);
        if (known != null) {
            return known;
        }
        if (queries.size() >= MAX_PATTERNS) {
            queries.clear();
        }
        Query built = build.get();
        Query raced = queries.putIfAbsent(key, built);
        return raced == null ? built : raced;
    }
}
