package org.vigil.dashboards;

import java.util.Locale;
import java.util.Objects;

/**
 * What a figure panel computes over the hits of its query.
 *
 * @param function the function
 * @param field the field it reads; empty for {@link Function#COUNT}
 */
public record Metric(Function function, String field) {

    /** The number of hits. */
    public static final Metric COUNT = new Metric(Function.COUNT, ""); //$NON-NLS-1$

    /** Requires a field for every function but {@link Function#COUNT}. */
    public Metric {
        Objects.requireNonNull(function, "function"); //$NON-NLS-1$
        field = field == null ? "" : field.strip(); //$NON-NLS-1$
        if (function != Function.COUNT && field.isEmpty()) {
            throw new IllegalArgumentException(function + " needs a field"); //$NON-NLS-1$
        }
    }

    /** The functions of a figure. */
    public enum Function {
        /** Hits. */
        COUNT,
        /** Distinct values of the field among the hits. */
        DISTINCT,
        /** Sum of a numeric field. */
        SUM,
        /** Average of a numeric field. */
        AVG,
        /** Smallest value of a numeric field. */
        MIN,
        /** Largest value of a numeric field. */
        MAX;

        /** @return the word the dashboard file uses */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
