package org.vigil.cases.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.Event;
import org.vigil.events.SourceDescriptor;
import org.vigil.ui.VigilUi;

import jakarta.inject.Named;

/** A handler acting on the hits selected in Investigate: enabled while some are and a store is there. */
abstract class SelectionHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(VigilUi.SELECTED_EVENTS) List<Event> events,
            @Optional @Named(VigilUi.SELECTED_EVENTS_SOURCE) SourceDescriptor source, @Optional @Service CaseStores stores) {
        return events != null && !events.isEmpty() && source != null && stores != null && !stores.stores().isEmpty();
    }
}
