package org.vigil.cases.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.EventCases;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Labels;
import org.vigil.cases.Observable;
import org.vigil.cases.ObservableType;
import org.vigil.cases.Observables;

/**
 * The case's observables: the check box is the IOC flag. A value is checked as it is added, so
 * that a malformed one is refused at once with the rule it breaks. "Search events" runs the
 * search over the fields the observable comes from in Investigate, over the case's time.
 */
final class ObservablesTab implements EditorTab {

    private final Labels labels;
    private final Consumer<String> info;
    private final Consumer<String> problem;
    private final Predicate<String> search;
    private final Table table;
    private final Combo type;
    private final Text value;
    private CaseDraft draft;

    /**
     * @param search runs a KQL search in Investigate; false when it could not
     */
    ObservablesTab(Composite parent, Labels labels, Consumer<String> info, Consumer<String> problem,
            Predicate<String> search) {
        this.labels = labels;
        this.info = info;
        this.problem = problem;
        this.search = search;
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
        table = Tables.table(parent, SWT.CHECK | SWT.MULTI, 5, Messages.Observables_ioc, 60, Messages.Observables_type,
                110, Messages.Observables_value, 330, Messages.Observables_note, 180);
        table.addListener(SWT.Selection, this::toggled);
        type = Choices.combo(parent, Messages.Observables_type, labels, ObservableType.values());
        value = new Text(parent, SWT.BORDER);
        value.setMessage(Messages.Observables_value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        Problems.onReturn(value, this::add);
        Choices.button(parent, Messages.Observables_add).addListener(SWT.Selection, e -> add());
        Choices.button(parent, Messages.Observables_remove).addListener(SWT.Selection, e -> remove());
        Choices.button(parent, Messages.Observables_pivot).addListener(SWT.Selection, e -> pivot());
    }

    @Override
    public void show(CaseDraft shown) {
        draft = shown;
        table.removeAll();
        for (Observable o : draft.observables()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { "", labels.label(o.type()), o.value(), Objects.toString(o.note(), "") }); //$NON-NLS-1$ //$NON-NLS-2$
            item.setChecked(o.ioc());
            item.setData(o);
        }
    }

    private void toggled(Event e) {
        if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
            int index = table.indexOf(item);
            draft.observables().set(index, draft.observables().get(index).withIoc(item.getChecked()));
        }
    }

    private void add() {
        String text = value.getText().strip();
        Optional<ObservableType> kind = Choices.selected(type, ObservableType.values()).or(() -> Observables.detect(text));
        try {
            Observable added = Observables.of(kind.orElseThrow(() -> new InvalidCaseException(Observables.FIELD,
                    NLS.bind(Messages.Observables_unknownType, text))),
                    text);
            draft.observables().removeIf(o -> o.key().equals(added.key()));
            draft.observables().add(added);
            value.setText(""); //$NON-NLS-1$
            show(draft);
        } catch (InvalidCaseException e) {
            problem.accept(Problems.describe(e));
        }
    }

    private void remove() {
        List<Observable> gone = selected();
        draft.observables().removeAll(gone);
        show(draft);
    }

    private List<Observable> selected() {
        return List.of(table.getSelection()).stream().map(item -> (Observable) item.getData()).toList();
    }

    private void pivot() {
        selected().stream().findFirst().ifPresent(o -> {
            String kql = EventCases.pivot(o);
            if (kql.isEmpty()) {
                problem.accept(Messages.Observables_noPivot);
                return;
            }
            if (search.test(kql)) {
                info.accept(NLS.bind(Messages.Observables_searching, o.value()));
                return;
            }
            Clipboard clipboard = new Clipboard(table.getDisplay());
            clipboard.setContents(new Object[] { kql }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
            info.accept(NLS.bind(Messages.Observables_pivotCopied, kql));
        });
    }

    @Override
    public Optional<Control> control(String field) {
        return Observables.FIELD.equals(field) ? Optional.of(value) : Optional.empty();
    }
}
