package org.vigil.dashboards;

import java.util.List;
import java.util.Objects;

import org.vigil.cases.Text;

/**
 * One panel of a dashboard. Which settings a kind reads is in docs/DASHBOARDS.md; the others are
 * kept as written.
 *
 * @param id unique in its dashboard: letters, digits and hyphens
 * @param kind what it shows
 * @param title its title in English and Vietnamese
 * @param grid where it sits
 * @param query the KQL query of its events, empty for all; event panels only
 * @param fields the fields it counts values of (top values, table: one or two)
 * @param size how many values (top N), series or rows at most
 * @param metric what a figure computes
 * @param split the field whose top values split events over time into series, or empty
 * @param style how its chart is drawn
 * @param compare whether it shows the previous period of the same length next to the chosen one
 */
public record Panel(String id, PanelKind kind, Text title, Grid grid, String query, List<String> fields, int size,
        Metric metric, String split, ChartStyle style, boolean compare) {

    /** The top N of a panel whose file gives none. */
    public static final int DEFAULT_SIZE = 10;

    /** Requires what every panel has and the fields its kind reads; turns missing settings into their defaults. */
    public Panel {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        Objects.requireNonNull(grid, "grid"); //$NON-NLS-1$
        query = query == null ? "" : query.strip(); //$NON-NLS-1$
        fields = List.copyOf(fields);
        metric = metric == null ? Metric.COUNT : metric;
        split = split == null ? "" : split.strip(); //$NON-NLS-1$
        style = style == null ? kind.defaultStyle() : style;
        if (size < 1) {
            throw new IllegalArgumentException("size " + size); //$NON-NLS-1$
        }
        if (fields.size() < kind.requiredFields() || fields.size() > kind.maxFields()) {
            throw new IllegalArgumentException(kind.word() + " with fields " + fields); //$NON-NLS-1$
        }
    }

    /**
     * @param id the panel's id
     * @param kind what it shows
     * @param title its title
     * @param grid where it sits
     * @return a panel of all events with the kind's defaults, for kinds that need no field
     */
    public static Panel of(String id, PanelKind kind, Text title, Grid grid) {
        return new Panel(id, kind, title, grid, "", List.of(), DEFAULT_SIZE, Metric.COUNT, "", null, false); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
