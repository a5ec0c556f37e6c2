package org.vigil.dashboards;

import java.util.Locale;

/**
 * What a panel shows, and from where: events of a source, incident cases, or the registry of
 * systems. docs/DASHBOARDS.md describes each kind's settings and figures.
 */
public enum PanelKind {
    /** Hits over time, optionally one series per top value of the split field. */
    EVENTS_OVER_TIME(Data.EVENTS, ChartStyle.LINE, 0),
    /** The top values of a field with their counts and shares. */
    TOP_VALUES(Data.EVENTS, ChartStyle.HORIZONTAL_BAR, 1),
    /** One figure (the panel's metric) and its change against the previous period. */
    FIGURE(Data.EVENTS, ChartStyle.NONE, 0),
    /** A table of the top values of one field, or of pairs of two fields, with counts. */
    TABLE(Data.EVENTS, ChartStyle.NONE, 1),
    /** Hits per hour of the day and day of the week, in local time. */
    HEAT_MAP(Data.EVENTS, ChartStyle.NONE, 0),
    /** The systems whose events are the most frequent, with their levels and agencies. */
    TOP_SYSTEMS(Data.EVENTS, ChartStyle.HORIZONTAL_BAR, 0),
    /** Open cases by severity. */
    CASES_BY_SEVERITY(Data.CASES, ChartStyle.BAR, 0),
    /** Open cases by status. */
    CASES_BY_STATUS(Data.CASES, ChartStyle.BAR, 0),
    /** Cases opened in the period by category (the kind of incident). */
    CASES_BY_CATEGORY(Data.CASES, ChartStyle.HORIZONTAL_BAR, 0),
    /** Cases opened and resolved per bucket of the period. */
    CASES_OPENED_RESOLVED(Data.CASES, ChartStyle.LINE, 0),
    /** Average time to acknowledge and to resolve against the SLA, per severity. */
    CASE_RESPONSE_TIMES(Data.CASES, ChartStyle.NONE, 0),
    /** Open cases past a deadline now. */
    CASES_OVERDUE(Data.CASES, ChartStyle.NONE, 0),
    /** Systems per security level. */
    SYSTEMS_BY_LEVEL(Data.REGISTRY, ChartStyle.BAR, 0),
    /** Per agency: systems, dossiers approved, plans deployed, systems past a deadline, compliance. */
    COMPLIANCE_BY_AGENCY(Data.REGISTRY, ChartStyle.NONE, 0),
    /** The province's (or the agency's) compliance per recorded day. */
    COMPLIANCE_OVER_TIME(Data.REGISTRY, ChartStyle.LINE, 0),
    /** The systems with a target past its deadline. */
    COMPLIANCE_OVERDUE(Data.REGISTRY, ChartStyle.NONE, 0);

    /** Where a panel's figures come from. */
    public enum Data {
        /** An event source. */
        EVENTS,
        /** The case store. */
        CASES,
        /** The registry of systems and its compliance. */
        REGISTRY
    }

    private final Data data;
    private final ChartStyle defaultStyle;
    private final int requiredFields;

    PanelKind(Data data, ChartStyle defaultStyle, int requiredFields) {
        this.data = data;
        this.defaultStyle = defaultStyle;
        this.requiredFields = requiredFields;
    }

    /** @return where the figures come from */
    public Data data() {
        return data;
    }

    /** @return the style a panel of this kind draws with when its file names none */
    public ChartStyle defaultStyle() {
        return defaultStyle;
    }

    /** @return how many fields a panel of this kind needs at least */
    public int requiredFields() {
        return requiredFields;
    }

    /** @return the most fields a panel of this kind reads */
    public int maxFields() {
        return this == TABLE ? 2 : requiredFields;
    }

    /** @return the word the dashboard file uses, such as {@code events-over-time} */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
