package org.vigil.cases.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseStores;
import org.vigil.cases.Labels;
import org.vigil.core.model.Event;
import org.vigil.events.SourceDescriptor;
import org.vigil.registry.SystemRegistry;
import org.vigil.ui.Background;
import org.vigil.ui.Navigator;
import org.vigil.ui.VigilUi;
import org.vigil.ui.TitledDialog;

import jakarta.inject.Named;

/** "Add to existing case…": the hits become evidence of a case the operator picks among the open ones. */
public final class AddToCaseHandler extends SelectionHandler {

    @Execute
    void execute(@Named(VigilUi.SELECTED_EVENTS) List<Event> events,
            @Named(VigilUi.SELECTED_EVENTS_SOURCE) SourceDescriptor source, @Service CaseStores stores,
            @Optional @Service SystemRegistry registry, Navigator navigator,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui, IEventBroker broker) {
        SelectedEvents selected = new SelectedEvents(events, source, stores, registry, navigator);
        CaseQuery open = CaseQuery.open();
        Background.run(Messages.Cases_jobLoad, shell, ui, () -> selected.store().list(open), cases -> {
            PickCaseDialog pick = new PickCaseDialog(shell, cases, Labels.of(Locale.getDefault()));
            if (pick.open() == Window.OK) {
                String number = pick.picked().number().toString();
                selected.save("Evidence added to", shell, ui, broker, () -> selected.addTo(number)); //$NON-NLS-1$
            }
        }, e -> MessageDialog.openError(shell, Messages.Cases_jobLoad, Problems.describe(e)));
    }
}
