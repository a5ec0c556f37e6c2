package org.vigil.events.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.vigil.events.settings.SourceSettingsStore;

import jakarta.inject.Named;

/** Opens the list of configured sources of every kind (File → Data Sources…). */
public final class SourcesHandler {

    /**
     * @param shell the workbench window
     * @param store the configured sources and the kinds' declarations
     * @param ui hands job results back to the UI thread
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service SourceSettingsStore store,
            UISynchronize ui) {
        new SourcesDialog(shell, store, ui).open();
    }
}
