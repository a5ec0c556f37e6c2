package org.vigil.dashboards.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.vigil.cases.Severity;

/**
 * The values of a severity field from the most severe down, whatever their counts: ordered by
 * count, the legend, the bars and the series' colours would swap places from one run to the
 * next, and a supervisor reads "critical" where "low" was yesterday. Words rank as the case
 * model names them (critical, high, medium, low) then info; numbers rank from 1 up, as Suricata
 * numbers its alerts' severity (1 the most severe); anything else keeps its place after them.
 */
final class SeverityOrder {

    private static final String INFO = "info"; //$NON-NLS-1$
    private static final String INFORMATIONAL = "informational"; //$NON-NLS-1$
    private static final int WORDS = Severity.values().length + 1;

    private SeverityOrder() {
    }

    /** @param field a field or a case panel's column @return whether its values are severities */
    static boolean isSeverity(String field) {
        return field != null && field.toLowerCase(Locale.ROOT).endsWith("severity"); //$NON-NLS-1$
    }

    /**
     * @param field the field the items are values of
     * @param items the items, in the figures' order
     * @param value an item's value
     * @return the items most severe first for a severity field; else as they are
     */
    static <T> List<T> sorted(String field, List<T> items, Function<T, String> value) {
        if (!isSeverity(field)) {
            return items;
        }
        Comparator<T> bySeverity = Comparator.comparingDouble(item -> rank(value.apply(item)));
        return items.stream().sorted(bySeverity).toList();
    }

    /** Words first, then numbers, then the rest (stable: they keep the figures' order). */
    private static double rank(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        for (Severity severity : Severity.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(word)) {
                return Severity.values().length - 1 - severity.ordinal();
            }
        }
        if (word.equals(INFO) || word.equals(INFORMATIONAL)) {
            return WORDS - 1;
        }
        try {
            return WORDS + Math.max(0, Double.parseDouble(word));
        } catch (NumberFormatException notANumber) {
            return Double.MAX_VALUE;
        }
    }
}
