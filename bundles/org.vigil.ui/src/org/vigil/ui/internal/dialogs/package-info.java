/** The About and Preferences dialogs. Not API. */
package org.vigil.ui.internal.dialogs;
