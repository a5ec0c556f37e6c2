/**
 * Identifiers of the workbench's model elements (perspectives, commands) for bundles that
 * contribute to it through their own {@code fragment.e4xmi}.
 */
package org.vigil.ui;
