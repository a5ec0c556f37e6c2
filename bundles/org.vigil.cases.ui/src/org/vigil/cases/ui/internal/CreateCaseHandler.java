package org.vigil.cases.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.Event;
import org.vigil.events.SourceDescriptor;
import org.vigil.registry.SystemRegistry;
import org.vigil.ui.Navigator;
import org.vigil.ui.VigilUi;

import jakarta.inject.Named;

/** "Create case from selected events": asks for a title, then opens the case with the hits as evidence. */
public final class CreateCaseHandler extends SelectionHandler {

    @Execute
    void execute(@Named(VigilUi.SELECTED_EVENTS) List<Event> events,
            @Named(VigilUi.SELECTED_EVENTS_SOURCE) SourceDescriptor source, @Service CaseStores stores,
            @Optional @Service SystemRegistry registry, Navigator navigator,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui, IEventBroker broker) {
        SelectedEvents selected = new SelectedEvents(events, source, stores, registry, navigator);
        InputDialog ask = new InputDialog(shell, Messages.FromEvents_title,
                NLS.bind(Messages.FromEvents_message, selected.size(), source.displayName(), selected.store().info().name()),
                NLS.bind(Messages.FromEvents_defaultTitle, source.displayName()),
                text -> text.isBlank() ? Messages.FromEvents_noTitle : null);
        if (ask.open() == Window.OK) {
            String title = ask.getValue().strip();
            selected.save("Case created", shell, ui, broker, () -> selected.create(title)); //$NON-NLS-1$
        }
    }
}
