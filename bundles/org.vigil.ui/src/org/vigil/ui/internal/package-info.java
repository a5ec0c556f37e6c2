/** The workbench shell's implementation: model add-ons and localised strings. Not API. */
package org.vigil.ui.internal;
