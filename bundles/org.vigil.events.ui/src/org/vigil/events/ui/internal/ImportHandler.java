package org.vigil.events.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.vigil.events.SourceRegistry;
import org.vigil.ingest.LogFormats;

import jakarta.inject.Named;

/** File → Import Events…: opens the import dialog on the stores that accept events. */
public final class ImportHandler {

    /**
     * @param shell the workbench window
     * @param formats the published log formats
     * @param registry the sources, among which the import targets
     * @param ui the UI thread, for the import's progress
     * @param broker tells the search part about the new events
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service LogFormats formats,
            @Service SourceRegistry registry, UISynchronize ui, IEventBroker broker) {
        ImportDialog.open(shell, formats, registry, ui, broker, List.of());
    }
}
