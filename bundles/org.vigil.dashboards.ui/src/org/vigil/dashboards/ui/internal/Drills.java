package org.vigil.dashboards.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.charts.Drill;
import org.vigil.query.KqlText;
import org.vigil.ui.Navigator;

/**
 * Where a click on a panel leads: the search of the panel's events (its query and the dashboard's
 * filter) narrowed to the value clicked and to the bucket clicked, or the case list or registry
 * filtered to the row clicked.
 */
final class Drills {

    /** The field the registry's systems are tagged with on events at import (docs/REGISTRY.md). */
    static final String SYSTEM_FIELD = "vigil.system.id"; //$NON-NLS-1$

    private Drills() {
    }

    /**
     * @param dashboard the dashboard, with the filter on screen
     * @param panel an event panel
     * @param variables the variables' clause ({@code DashboardRunner.variablesKql}), empty for none
     * @param values field to value clicked, in the order to narrow
     * @return the KQL of the events behind the click
     */
    static String query(Dashboard dashboard, Panel panel, String variables, Map<String, String> values) {
        String query = panel.query();
        for (String clause : List.of(dashboard.filter(), variables)) {
            if (!clause.isBlank()) {
                query = query.isBlank() ? clause : "(" + query + ") and (" + clause + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            query = KqlText.narrow(query, value.getKey(), value.getValue(), false);
        }
        return query;
    }

    /**
     * @param panel an event panel
     * @param table its figures
     * @param row a row of them
     * @return the fields and values the row stands for; empty for rows of time buckets and heat-map cells
     */
    static Map<String, String> rowValues(Panel panel, FigureTable table, List<Object> row) {
        return switch (panel.kind()) {
            case TOP_VALUES -> value(panel.fields().get(0), row.get(0));
            case TOP_SYSTEMS -> value(SYSTEM_FIELD, row.get(0));
            case TABLE -> panel.fields().size() == 1 ? value(panel.fields().get(0), row.get(0))
                    : both(panel.fields(), row);
            default -> Map.of();
        };
    }

    /**
     * @param table figures whose first column is the start of a time bucket
     * @param row one of its rows
     * @param range the period of the run
     * @return the bucket: from its start to the next row's, the last one to the end of the period
     */
    static Optional<TimeRange> bucket(FigureTable table, List<Object> row, TimeRange range) {
        int index = table.rows().indexOf(row);
        if (index < 0 || !(row.get(0) instanceof Instant start)) {
            return Optional.empty();
        }
        Instant end = index + 1 < table.rows().size() && table.rows().get(index + 1).get(0) instanceof Instant next
                ? next : range.to();
        return end.isAfter(start) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
    }

    /**
     * @param panel a case panel
     * @param table its figures
     * @param row the row clicked
     * @return the case list's filters for it
     */
    static Navigator.CaseListRequest cases(Panel panel, FigureTable table, List<Object> row) {
        String first = row.isEmpty() || row.get(0) == null ? null : row.get(0).toString();
        boolean open = countsOpenCases(panel);
        return switch (panel.kind()) {
            case CASES_BY_SEVERITY, CASE_RESPONSE_TIMES -> new Navigator.CaseListRequest(null, first, null, false, open);
            case CASES_BY_STATUS -> new Navigator.CaseListRequest(first, null, null, false, open);
            case CASES_BY_CATEGORY -> new Navigator.CaseListRequest(null, null, first, false, open);
            case CASES_OVERDUE -> new Navigator.CaseListRequest(null, null, null, true, open);
            default -> new Navigator.CaseListRequest(null, null, null, false, open);
        };
    }

    /**
     * Whether the panel counts the open cases now (docs/DASHBOARDS.md): its drill-down lists only
     * those, else the list would show the closed cases its figure leaves out.
     */
    private static boolean countsOpenCases(Panel panel) {
        return switch (panel.kind()) {
            case CASES_BY_SEVERITY, CASES_BY_STATUS, CASES_OVERDUE -> true;
            default -> false;
        };
    }

    /**
     * @param panel a registry panel
     * @param table its figures
     * @param row the row clicked
     * @return the registry's filters for it
     */
    static Navigator.RegistryRequest registry(Panel panel, FigureTable table, List<Object> row) {
        return switch (panel.kind()) {
            case SYSTEMS_BY_LEVEL -> new Navigator.RegistryRequest(null,
                    row.get(0) instanceof Number level ? level.intValue() : null, false);
            case COMPLIANCE_BY_AGENCY -> new Navigator.RegistryRequest(String.valueOf(row.get(0)), null, false);
            case COMPLIANCE_OVERDUE -> new Navigator.RegistryRequest(null, null, true);
            default -> new Navigator.RegistryRequest(null, null, false);
        };
    }

    /**
     * @param panel the case panel clicked
     * @param drill a click on its chart: a severity, status or category, or a bucket
     * @return the case list's filters for it
     */
    static Navigator.CaseListRequest cases(Panel panel, Drill drill) {
        return new Navigator.CaseListRequest(valueOf(drill, "status"), valueOf(drill, "severity"), //$NON-NLS-1$ //$NON-NLS-2$
                valueOf(drill, "category"), panel.kind() == PanelKind.CASES_OVERDUE, countsOpenCases(panel)); //$NON-NLS-1$
    }

    /**
     * @param drill a click on a registry panel's chart: a level, or a day
     * @return the registry's filters for it
     */
    static Navigator.RegistryRequest registry(Drill drill) {
        String level = valueOf(drill, "level"); //$NON-NLS-1$
        return new Navigator.RegistryRequest(null, level == null ? null : Integer.valueOf(level), false);
    }

    private static String valueOf(Drill drill, String field) {
        return drill.field().equals(field) ? drill.value() : null;
    }

    private static Map<String, String> value(String field, Object value) {
        return value == null ? Map.of() : Map.of(field, value.toString());
    }

    private static Map<String, String> both(List<String> fields, List<Object> row) {
        java.util.LinkedHashMap<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            if (row.get(i) != null) {
                values.put(fields.get(i), row.get(i).toString());
            }
        }
        return values;
    }
}
