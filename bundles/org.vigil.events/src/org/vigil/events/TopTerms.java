package org.vigil.events;

import java.util.List;

/**
 * The most frequent values of a field among the hits, as the field sidebar shows them.
 *
 * @param field the field
 * @param hits how many hits the query has
 * @param withField how many of those hits have the field at all
 * @param terms the values, most frequent first
 */
public record TopTerms(String field, long hits, long withField, List<Term> terms) {

    /** Keeps an immutable copy of the terms. */
    public TopTerms {
        terms = List.copyOf(terms);
    }

    /**
     * @param value the value as text (an IP, a number, a keyword)
     * @param count how many hits have it
     */
    public record Term(String value, long count) {
    }

    /**
     * @param term one of {@link #terms()}
     * @return its share of the hits, between 0 and 1, as Kibana shows it
     */
    public double share(Term term) {
        return hits == 0 ? 0 : (double) term.count() / hits;
    }
}
