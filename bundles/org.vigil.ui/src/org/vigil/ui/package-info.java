/**
 * Identifiers of the workbench's model elements (perspectives, commands) for bundles that
 * contribute to it through their own {@code fragment.e4xmi}, the way from one perspective to
 * another's part ({@link org.vigil.ui.Navigator}), and the helpers every UI bundle shares.
 */
package org.vigil.ui;
