package org.vigil.cases.ui.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseTask;

/** The response checklist: the check box marks a task done by the store's user, now. */
final class TasksTab implements EditorTab {

    private final String user;
    private final Table table;
    private final Text title;
    private CaseDraft draft;

    TasksTab(Composite parent, String user) {
        this.user = user;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        table = Tables.table(parent, SWT.CHECK | SWT.SINGLE, 2, Messages.Tasks_title, 380, Messages.Tasks_mandatory,
                90, Messages.Tasks_doneBy, 150);
        table.addListener(SWT.Selection, this::toggled);
        title = new Text(parent, SWT.BORDER);
        title.setMessage(Messages.Tasks_newTitle);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Problems.onReturn(title, this::add);
        Choices.button(parent, Messages.Tasks_add).addListener(SWT.Selection, e -> add());
    }

    @Override
    public void show(CaseDraft shown) {
        draft = shown;
        table.removeAll();
        for (CaseTask task : draft.tasks()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { task.title(), task.mandatory() ? Messages.Tasks_yes : "", //$NON-NLS-1$
                    Objects.toString(task.doneBy(), "") }); //$NON-NLS-1$
            item.setChecked(task.done());
        }
    }

    private void toggled(Event e) {
        if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
            CaseTask task = draft.tasks().get(table.indexOf(item));
            draft.replaceTask(item.getChecked() ? task.markDone(Instant.now(), user) : task.reopen());
            show(draft);
        }
    }

    private void add() {
        if (!title.getText().isBlank()) {
            draft.tasks().add(CaseTask.open(title.getText().strip(), false));
            title.setText(""); //$NON-NLS-1$
            show(draft);
        }
    }

    @Override
    public Optional<Control> control(String field) {
        return "tasks".equals(field) ? Optional.of(table) : Optional.empty(); //$NON-NLS-1$
    }
}
