package org.vigil.cases.ui.internal;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.Evidence;

/** The events linked to the case; they are added from the search results. */
final class EvidenceTab implements EditorTab {

    private final Table table;

    EvidenceTab(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        table = Tables.table(parent, SWT.SINGLE, 1, Messages.Evidence_time, 140, Messages.Evidence_source, 110,
                Messages.Evidence_index, 150, Messages.Evidence_event, 200, Messages.Evidence_added, 100);
    }

    @Override
    public void show(CaseDraft draft) {
        table.removeAll();
        for (Evidence e : draft.evidence()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { e.eventTime() == null ? "" : CaseTable.TIME.format(e.eventTime()), //$NON-NLS-1$
                    e.sourceId(), e.index(), e.eventId(), Objects.toString(e.addedBy(), "") }); //$NON-NLS-1$
        }
    }

    @Override
    public Optional<Control> control(String field) {
        return Optional.empty();
    }
}
