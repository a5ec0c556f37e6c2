package org.vigil.cases.ui.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.EventCases;
import org.vigil.cases.Labels;
import org.vigil.core.model.Event;
import org.vigil.events.SourceDescriptor;
import org.vigil.registry.SystemRegistry;
import org.vigil.ui.Background;
import org.vigil.ui.Navigator;

/**
 * The hits an operator selected in Investigate, as the search part leaves them in its context,
 * and what the handlers do with them: the source's location stands for the index, as hits do
 * not carry theirs; the registry's systems the hits were tagged with become affected systems.
 * Cases go where the team works on these events: the case store of the hits' own Elasticsearch
 * source when it has one, else the first store (the embedded one unless it is missing).
 */
final class SelectedEvents {

    /** Topic the handlers post a changed case's number to, so that the case list reads again. */
    static final String TOPIC_CHANGED = "org/vigil/cases/ui/changed"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(SelectedEvents.class.getName());

    private final List<Event> events;
    private final SourceDescriptor source;
    private final CaseStore store;
    private final SystemRegistry registry;
    private final Navigator navigator;

    SelectedEvents(List<Event> events, SourceDescriptor source, CaseStores stores, SystemRegistry registry,
            Navigator navigator) {
        this.events = List.copyOf(events);
        this.source = source;
        this.store = stores.find(source.id()).orElseGet(() -> stores.stores().get(0));
        this.registry = registry;
        this.navigator = navigator;
    }

    int size() {
        return events.size();
    }

    CaseStore store() {
        return store;
    }

    Case create(String title) throws Exception {
        return store.create(EventCases.draft(title, source.id(), source.location(), events, store.user(), Instant.now()));
    }

    Case addTo(String number) throws Exception {
        CaseDraft draft = store.get(number).edit();
        EventCases.addTo(draft, source.id(), source.location(), events, store.user(), Instant.now());
        return store.update(draft.build());
    }

    /** What a save brings back: the case and the registry's systems for its editor. */
    private record Saved(Case c, SystemDirectory directory) {
    }

    /** Saves in the background, then tells the case list and opens the case in the editor. */
    void save(String what, Shell shell, UISynchronize ui, IEventBroker broker, Background.Work<Case> work) {
        Background.run(Messages.Cases_jobSave, shell, ui, () -> new Saved(work.run(), SystemDirectory.load(registry)),
                saved -> {
                    LOG.log(Level.INFO, "{0} {1} from {2} events", what, saved.c().number(), events.size()); //$NON-NLS-1$
                    broker.post(TOPIC_CHANGED, saved.c().number().toString());
                    new CaseEditor(shell, store, ui, Labels.of(Locale.getDefault()), saved.directory(), navigator,
                            saved.c())
                            .open();
                }, e -> MessageDialog.openError(shell, Messages.Cases_jobSave, Problems.describe(e)));
    }
}
