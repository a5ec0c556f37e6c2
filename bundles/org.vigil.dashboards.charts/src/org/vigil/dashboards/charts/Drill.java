package org.vigil.dashboards.charts;

import java.util.Objects;

import org.vigil.core.model.TimeRange;

/**
 * What a click on one item of a chart asks to see: the events (or cases, or systems, by the
 * panel's kind) of the panel narrowed to a field's value and to a time range. The panel's own
 * query, the dashboard's filter and variables still apply; the caller adds them.
 *
 * @param field the field the value belongs to, such as {@code source.ip}, {@code vigil.system.id},
 *            or for case and registry panels {@code severity}, {@code status}, {@code category},
 *            {@code level}; empty when the item is only a time bucket
 * @param value the clicked value as the figures carry it (a case severity as its word, such as
 *            {@code high}); empty when {@code field} is
 * @param range the clicked bucket's start and end, or the run's period for items that are not
 *            a bucket of time
 */
public record Drill(String field, String value, TimeRange range) {

    /** Requires a range; a field needs a value. */
    public Drill {
        field = field == null ? "" : field; //$NON-NLS-1$
        value = value == null ? "" : value; //$NON-NLS-1$
        Objects.requireNonNull(range, "range"); //$NON-NLS-1$
        if (field.isEmpty() != value.isEmpty()) {
            throw new IllegalArgumentException("field " + field + " with value " + value); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param range a bucket of time
     * @return a drill to that time only
     */
    public static Drill to(TimeRange range) {
        return new Drill("", "", range); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether it narrows to a field's value, not only to a time */
    public boolean hasValue() {
        return !field.isEmpty();
    }
}
