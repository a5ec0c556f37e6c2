package org.vigil.ui.internal.handlers;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.vigil.core.plugins.PluginInventory;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SourceRegistry;
import org.vigil.ui.internal.dialogs.AboutDialog;

import jakarta.inject.Named;

/** Opens the About dialog with what is installed right now. */
public final class AboutHandler {

    @Execute
    void execute(@Named("activeShell") Shell shell, @Optional @Service SourceRegistry registry) {
        // Both reads are in-memory framework state, cheap enough for the UI thread.
        PluginInventory inventory = new PluginInventory(FrameworkUtil.getBundle(AboutHandler.class).getBundleContext());
        List<RegisteredSource> sources = registry == null ? List.of() : registry.sources();
        new AboutDialog(shell, inventory.vigilPlugins(Locale.getDefault()), sources).open();
    }
}
