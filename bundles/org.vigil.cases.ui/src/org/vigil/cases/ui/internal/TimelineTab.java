package org.vigil.cases.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseStore;
import org.vigil.cases.Comment;
import org.vigil.ui.Background;

/**
 * Comments and the audit trail in one list by time. A comment is saved at once, apart from the
 * editor's save, as the store keeps comments apart from the case's versions.
 */
final class TimelineTab implements EditorTab {

    /** One line of the timeline. */
    private record Line(Instant at, String who, String what) {
    }

    private final CaseStore store;
    private final UISynchronize ui;
    private final String number;
    private final Consumer<Exception> failed;
    private final Table table;
    private final Text comment;

    TimelineTab(Composite parent, CaseStore store, UISynchronize ui, String number, Consumer<Exception> failed) {
        this.store = store;
        this.ui = ui;
        this.number = number;
        this.failed = failed;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        table = Tables.table(parent, SWT.SINGLE, 2, Messages.Timeline_time, 140, Messages.Timeline_who, 100,
                Messages.Timeline_what, 460);
        comment = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        comment.setMessage(Messages.Timeline_newComment);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(comment);
        Choices.button(parent, Messages.Timeline_add).addListener(SWT.Selection, e -> addComment());
    }

    @Override
    public void show(CaseDraft draft) {
        reload();
    }

    private void reload() {
        Background.run(Messages.Timeline_jobLoad, table, ui, this::lines, this::showLines, failed);
    }

    private List<Line> lines() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (Comment c : store.comments(number)) {
            lines.add(new Line(c.at(), c.author(), c.text()));
        }
        for (AuditEntry a : store.audit(number)) {
            String before = Objects.toString(a.oldValue(), ""); //$NON-NLS-1$
            String after = Objects.toString(a.newValue(), ""); //$NON-NLS-1$
            lines.add(new Line(a.at(), a.actor(), NLS.bind(Messages.Timeline_change, new Object[] { a.field(), before, after })));
        }
        // Stable: within one instant, comments stay before the changes they explain, each in store order.
        lines.sort(Comparator.comparing(Line::at));
        return lines;
    }

    private void showLines(List<Line> lines) {
        table.removeAll();
        for (Line line : lines) {
            new TableItem(table, SWT.NONE)
                    .setText(new String[] { CaseTable.TIME.format(line.at()), line.who(), line.what() });
        }
    }

    private void addComment() {
        String text = comment.getText();
        if (text.isBlank()) {
            return;
        }
        Background.run(Messages.Cases_jobSave, table, ui, () -> store.comment(number, text), saved -> {
            comment.setText(""); //$NON-NLS-1$
            reload();
        }, failed);
    }

    @Override
    public Optional<Control> control(String field) {
        return Optional.empty();
    }
}
