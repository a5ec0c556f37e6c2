package org.vigil.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.vigil.core.plugins.PluginManager;
import org.vigil.ui.internal.dialogs.PluginsDialog;

import jakarta.inject.Named;

/** Opens the installed plugins, where plugins are installed, started, stopped and removed. */
public final class PluginsHandler {

    @Execute
    void execute(@Named("activeShell") Shell shell, @Service PluginManager plugins, UISynchronize ui) {
        new PluginsDialog(shell, plugins, ui).open();
    }
}
