package org.vigil.events.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.vigil.events.EventEnricher;
import org.vigil.events.SourceRegistry;
import org.vigil.ingest.LogFormats;

import jakarta.inject.Named;

/** File → Import Events…: opens the import dialog on the stores that accept events. */
public final class ImportHandler {

    /**
     * @param shell the workbench window
     * @param formats the published log formats
     * @param enricher tags imported events with their information systems, if the registry is there
     * @param registry the sources, among which the import targets
     * @param ui the UI thread, for the import's progress
     * @param broker tells the search part about the new events
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service LogFormats formats,
            @Optional @Service EventEnricher enricher, @Service SourceRegistry registry, UISynchronize ui,
            IEventBroker broker) {
        ImportDialog.open(shell, new Importers(formats, enricher), registry, ui, broker, List.of());
    }
}
