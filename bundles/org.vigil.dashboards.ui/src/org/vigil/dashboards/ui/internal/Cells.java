package org.vigil.dashboards.ui.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.vigil.cases.Category;
import org.vigil.cases.Labels;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.dashboards.PanelKind;

/**
 * How figures read in the panels' tables: column headers in the UI language, counts with the
 * language's digit grouping, times in the operator's zone. The CSV export keeps the raw values.
 */
final class Cells {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
    private final ResourceBundle columns;
    private final NumberFormat whole;
    private final NumberFormat decimal;
    private final ZoneId zone;
    private final Labels caseLabels;

    /**
     * @param language the UI language
     * @param zone the operator's zone
     */
    Cells(Locale language, ZoneId zone) {
        this.columns = ResourceBundle.getBundle(Cells.class.getPackageName() + ".columns", language, //$NON-NLS-1$
                Cells.class.getClassLoader());
        this.whole = NumberFormat.getIntegerInstance(language);
        this.decimal = NumberFormat.getNumberInstance(language);
        decimal.setMaximumFractionDigits(2);
        this.zone = zone;
        this.caseLabels = Labels.of(language);
    }

    /**
     * @param kind the panel's kind
     * @param column the value's column word
     * @param value a figure
     * @return it as text for people; a case's severity, status or category by its name in the UI language
     */
    String text(PanelKind kind, String column, Object value) {
        Enum<?>[] words = switch (kind) {
            case CASES_BY_SEVERITY, CASE_RESPONSE_TIMES -> Severity.values();
            case CASES_BY_STATUS -> Status.values();
            case CASES_BY_CATEGORY -> Category.values();
            default -> new Enum<?>[0];
        };
        if (value instanceof String word && ("value".equals(column) || "severity".equals(column))) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Enum<?> named : words) {
                if (named.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(word)) {
                    return caseLabels.label(named);
                }
            }
        }
        return text(column, value);
    }

    /** @param column a column word of the figures, or a field name @return its header */
    String header(String column) {
        try {
            return columns.getString(column);
        } catch (MissingResourceException e) {
            // A table's own columns are the fields it counts, shown by their names.
            return column;
        }
    }

    /**
     * @param column the value's column word
     * @param value a figure
     * @return it as text for people
     */
    String text(String column, Object value) {
        if (value == null) {
            return "–"; //$NON-NLS-1$
        }
        if ("share".equals(column) && value instanceof Number share) { //$NON-NLS-1$
            return decimal.format(share.doubleValue() * 100) + " %"; //$NON-NLS-1$
        }
        return switch (value) {
            case Long count -> whole.format(count);
            case Integer count -> whole.format(count);
            case Double number -> decimal.format(number);
            case Instant instant -> DAY_AND_TIME.format(instant.atZone(zone));
            case LocalDate day -> day.toString();
            case Boolean yes -> yes ? "✓" : "✗"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> value.toString();
        };
    }

    /** @param number a figure @return it as the big number of a figure panel */
    String figure(Number number) {
        return number instanceof Double d ? decimal.format(d) : whole.format(number.longValue());
    }

    /** @param change a relative change, 0.25 for a quarter more @return it as a signed percentage */
    String change(double change) {
        return decimal.format(Math.abs(change) * 100) + " %"; //$NON-NLS-1$
    }
}
