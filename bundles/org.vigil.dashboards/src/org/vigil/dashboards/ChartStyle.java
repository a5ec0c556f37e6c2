package org.vigil.dashboards;

import java.util.Locale;

/** How a panel with a chart draws it; panels of figures and tables have none. */
public enum ChartStyle {
    /** Lines over time. */
    LINE,
    /** Vertical bars. */
    BAR,
    /** Stacked areas over time, one per series. */
    STACKED_AREA,
    /** A pie of shares. */
    PIE,
    /** A pie with a hole. */
    DONUT,
    /** Horizontal bars, longest first: top values. */
    HORIZONTAL_BAR,
    /** No chart: a figure or a table. */
    NONE;

    /** @return the word the dashboard file uses, such as {@code stacked-area} */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
