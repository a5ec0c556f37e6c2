/**
 * Identifiers of the workbench's model elements (perspectives, commands) for bundles that
 * contribute to it through their own {@code fragment.e4xmi}, the way from one perspective to
 * another's part ({@link org.vigil.ui.Navigator}), and the helpers every UI bundle shares.
 * Package version 0.2.2 adds {@link org.vigil.ui.RangePicker} (moved from Investigate) and the
 * Navigator's filtered requests for the case list and the registry. Version 0.2.4 adds
 * {@link org.vigil.ui.SourceTimeLimit}, the time limit of every source call the workbench makes, and
 * {@code VigilUi.isDark}, whether the active theme is dark.
 */
package org.vigil.ui;
