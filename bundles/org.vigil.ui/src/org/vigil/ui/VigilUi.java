package org.vigil.ui;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;

/** Element ids of Vigil's application model, as referenced from code and model fragments. */
public final class VigilUi {

    /** The main window. */
    public static final String MAIN_WINDOW = "org.vigil.ui.window.main";
    /** Perspective where operators search events and pivot. */
    public static final String PERSPECTIVE_INVESTIGATE = "org.vigil.ui.perspective.investigate";
    /** Perspective for incident cases. */
    public static final String PERSPECTIVE_CASES = "org.vigil.ui.perspective.cases";
    /** Perspective for the registry of information systems. */
    public static final String PERSPECTIVE_REGISTRY = "org.vigil.ui.perspective.registry";
    /** Perspective for dashboards and reports. */
    public static final String PERSPECTIVE_DASHBOARDS = "org.vigil.ui.perspective.dashboards";
    /** Every perspective of the main window, in menu order. */
    public static final List<String> PERSPECTIVES = List.of(PERSPECTIVE_INVESTIGATE, PERSPECTIVE_CASES,
            PERSPECTIVE_REGISTRY, PERSPECTIVE_DASHBOARDS);
    /** Command that switches perspectives; takes {@link #PERSPECTIVE_PARAMETER}. */
    public static final String COMMAND_SHOW_PERSPECTIVE = "org.vigil.ui.command.showPerspective";
    /** Parameter of {@link #COMMAND_SHOW_PERSPECTIVE}: the perspective's element id. */
    public static final String PERSPECTIVE_PARAMETER = "org.vigil.ui.commandparameter.perspective";
    /**
     * Context variable of a result table's part: the {@code List<org.vigil.core.model.Event>} the
     * operator selected, so that other bundles' handlers act on them without depending on it.
     */
    public static final String SELECTED_EVENTS = "org.vigil.ui.selection.events";
    /** Context variable beside {@link #SELECTED_EVENTS}: the {@code org.vigil.events.SourceDescriptor} of the source they were found in. */
    public static final String SELECTED_EVENTS_SOURCE = "org.vigil.ui.selection.events.source";
    /** The search results' context menu, which other bundles fill through menu contributions. */
    public static final String POPUP_SEARCH_RESULTS = "org.vigil.events.ui.popup.results";
    /**
     * Event topic whose data is the {@code org.vigil.events.RegisteredSource} Investigate searches
     * now (all of them as one when several are chosen), so that the status line names it rather
     * than the default source. Added in package version 0.2.3.
     */
    public static final String TOPIC_SOURCE_CHOSEN = "org/vigil/ui/source/chosen";
    /** CSS class of a placeholder's headline, styled by the themes. */
    public static final String CSS_CLASS_PLACEHOLDER_TITLE = "vigil-placeholder-title";
    /** CSS class of the status line's labels. */
    public static final String CSS_CLASS_STATUS = "vigil-status";
    /** CSS class of a label that reports a problem (a refused save, a store that is down). */
    public static final String CSS_CLASS_ERROR = "vigil-error";

    /** The ids of Vigil's dark themes end so (org.vigil.ui.theme.dark). */
    private static final String DARK_THEME_SUFFIX = "dark";

    private VigilUi() {
    }

    /**
     * @param themes the running theme engine, or null where there is none (a test)
     * @return whether the active theme is dark, for what CSS cannot colour, such as charts.
     *         Added in package version 0.2.4.
     */
    public static boolean isDark(IThemeEngine themes) {
        return themes != null && themes.getActiveTheme() != null
                && themes.getActiveTheme().getId().endsWith(DARK_THEME_SUFFIX);
    }
}
