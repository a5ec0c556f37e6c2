package org.vigil.dashboards;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.vigil.cases.Text;

/**
 * A dashboard: panels on a grid under one time span, one KQL filter and one set of variables that
 * every panel applies.
 *
 * @param id stable identifier and file name: letters, digits and hyphens
 * @param title its title in English and Vietnamese
 * @param description what it is for, in both languages
 * @param time the time span it opens with
 * @param filter a KQL filter every event panel adds to its query, empty for none
 * @param variables the variables it opens with
 * @param panels its panels, in reading order
 */
public record Dashboard(String id, Text title, Text description, TimeSpan time, String filter, Variables variables,
        List<Panel> panels) {

    /** What an id (of a dashboard or a panel) may hold. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]*"; //$NON-NLS-1$

    /** Requires an id, a title and distinct panel ids; fills the defaults. */
    public Dashboard {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        description = description == null ? new Text("", "") : description; //$NON-NLS-1$ //$NON-NLS-2$
        time = time == null ? TimeSpan.LAST_30_DAYS : time;
        filter = filter == null ? "" : filter.strip(); //$NON-NLS-1$
        variables = variables == null ? Variables.NONE : variables;
        panels = List.copyOf(panels);
        Set<String> ids = new HashSet<>();
        for (Panel panel : panels) {
            if (!ids.add(panel.id())) {
                throw new IllegalArgumentException("two panels " + panel.id()); //$NON-NLS-1$
            }
        }
    }

    /**
     * @param panelId a panel's id
     * @return that panel, if the dashboard has it
     */
    public Optional<Panel> panel(String panelId) {
        return panels.stream().filter(p -> p.id().equals(panelId)).findFirst();
    }
}
