/** Handlers of the main menu and key bindings. Not API. */
package org.vigil.ui.internal.handlers;
