package org.vigil.query;

/**
 * Compares the field with one bound. A range with two bounds ({@code field:[a TO b]}) is an
 * {@link And} of two ranges. The bound stays the string the user typed (unescaped): a number,
 * an IP, an ISO-8601 date or date math such as {@code now-1h/d}, which the engine interprets by
 * the field's type ({@link DateMath} for dates).
 *
 * @param field the field, possibly a pattern
 * @param operator how the field compares with the bound
 * @param bound the bound, unescaped
 * @param span where the leaf is in the query text
 */
public record Range(FieldRef field, Operator operator, String bound, Span span) implements QueryNode {

    /** The comparison of a range. */
    public enum Operator {
        /** Greater than. */
        GT(">"), //$NON-NLS-1$
        /** Greater than or equal. */
        GTE(">="), //$NON-NLS-1$
        /** Less than. */
        LT("<"), //$NON-NLS-1$
        /** Less than or equal. */
        LTE("<="); //$NON-NLS-1$

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Returns the operator as KQL writes it.
         *
         * @return {@code >}, {@code >=}, {@code <} or {@code <=}
         */
        public String symbol() {
            return symbol;
        }

        /**
         * Tells whether a date bound must be rounded up, as Elasticsearch does: {@code lte 2024-01/M}
         * includes the whole month, {@code gt 2024-01/M} starts after it.
         *
         * @return true for {@link #GT} and {@link #LTE}
         */
        public boolean roundsUp() {
            return this == GT || this == LTE;
        }
    }

    @Override
    public String toString() {
        return field + operator.symbol() + bound;
    }
}
