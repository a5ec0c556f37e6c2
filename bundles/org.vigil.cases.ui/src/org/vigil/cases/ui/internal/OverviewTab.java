package org.vigil.cases.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.Category;
import org.vigil.cases.Labels;
import org.vigil.cases.Pap;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.SystemRef;
import org.vigil.cases.Tlp;
import org.vigil.cases.Workflow;

/**
 * The case's own values. The status offers only the moves {@link Workflow} allows from the
 * saved status, and the resolution and summary open up when the move closes the case. The
 * affected systems are picked from the registry and shown with its current level; a system it
 * does not list is kept as text and shown as such.
 */
final class OverviewTab implements EditorTab {

    private static final String TAG_SEPARATOR = ","; //$NON-NLS-1$
    private static final int MULTI_LINE = SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL;

    private final Labels labels;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Text title;
    private final Text description;
    private final Combo severity;
    private final Combo tlp;
    private final Combo pap;
    private final Combo category;
    private final Text tags;
    private final Text assignee;
    private final Combo status;
    private final Combo resolution;
    private final Text summary;
    private final SystemDirectory directory;
    private final Table systems;
    private List<Status> statuses = List.of();
    private CaseDraft draft;

    OverviewTab(Composite parent, Labels labels, SystemDirectory directory) {
        this.labels = labels;
        this.directory = directory;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        title = text(parent, "title", Messages.Editor_fieldTitle, SWT.BORDER); //$NON-NLS-1$
        description = text(parent, "description", Messages.Editor_description, MULTI_LINE); //$NON-NLS-1$
        severity = combo(parent, "severity", Messages.Editor_severity, null, Severity.values()); //$NON-NLS-1$
        tlp = combo(parent, "tlp", Messages.Editor_tlp, null, Tlp.values()); //$NON-NLS-1$
        pap = combo(parent, "pap", Messages.Editor_pap, null, Pap.values()); //$NON-NLS-1$
        category = combo(parent, "category", Messages.Editor_category, null, Category.values()); //$NON-NLS-1$
        tags = text(parent, "tags", Messages.Editor_tags, SWT.BORDER); //$NON-NLS-1$
        assignee = text(parent, "assignee", Messages.Editor_assignee, SWT.BORDER); //$NON-NLS-1$
        systems = systems(parent);
        new Label(parent, SWT.NONE).setText(Messages.Editor_status);
        status = new Combo(parent, SWT.READ_ONLY);
        status.addListener(SWT.Selection, e -> closingChanged());
        fields.put("status", status); //$NON-NLS-1$
        resolution = combo(parent, "resolution", Messages.Editor_resolution, Messages.Editor_none, //$NON-NLS-1$
                Resolution.values());
        summary = text(parent, "summary", Messages.Editor_summary, MULTI_LINE); //$NON-NLS-1$
    }

    private Text text(Composite parent, String field, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        boolean multi = (style & SWT.MULTI) != 0;
        GridDataFactory.fillDefaults().grab(true, multi).hint(480, multi ? 70 : SWT.DEFAULT).applyTo(text);
        fields.put(field, text);
        return text;
    }

    private Table systems(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.Editor_systems);
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        Table table = Tables.table(box, SWT.MULTI, 1, Messages.Systems_name, 280, Messages.Systems_level, 70,
                Messages.Systems_registry, 170);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, 96).applyTo(table);
        Composite buttons = new Composite(box, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        fill(Choices.button(buttons, Messages.Systems_pick)).addListener(SWT.Selection, e -> pickSystems());
        fill(Choices.button(buttons, Messages.Systems_remove)).addListener(SWT.Selection, e -> removeSystems());
        fields.put("systems", table); //$NON-NLS-1$
        return table;
    }

    private static Button fill(Button button) {
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    private void pickSystems() {
        SystemPickerDialog picker = new SystemPickerDialog(systems.getShell(), directory.choices());
        if (picker.open() == SystemPickerDialog.OK) {
            List<String> known = draft.systems().stream().map(SystemRef::key).toList();
            picker.picked().stream().filter(s -> !known.contains(s.key())).forEach(draft.systems()::add);
            showSystems();
        }
    }

    private void removeSystems() {
        List<Integer> gone = Arrays.stream(systems.getSelectionIndices()).boxed().sorted(Comparator.reverseOrder())
                .toList();
        gone.forEach(index -> draft.systems().remove(index.intValue()));
        showSystems();
    }

    private void showSystems() {
        systems.removeAll();
        for (SystemRef system : directory.current(draft.systems())) {
            TableItem item = new TableItem(systems, SWT.NONE);
            item.setText(new String[] { system.name(), SystemPickerDialog.level(system),
                    system.registered() ? system.registryId() : Messages.Systems_notRegistered });
        }
    }

    private Combo combo(Composite parent, String field, String label, String none, Enum<?>[] values) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = Choices.combo(parent, none, labels, values);
        fields.put(field, combo);
        return combo;
    }

    @Override
    public void show(CaseDraft shown) {
        draft = shown;
        Case c = draft.build();
        title.setText(c.title());
        description.setText(c.description());
        Choices.select(severity, c.severity());
        Choices.select(tlp, c.tlp());
        Choices.select(pap, c.pap());
        Choices.select(category, c.category());
        tags.setText(String.join(TAG_SEPARATOR + " ", c.tags())); //$NON-NLS-1$
        assignee.setText(Objects.toString(c.assignee(), "")); //$NON-NLS-1$
        showStatuses(draft.base().status(), c.status());
        Choices.select(resolution, c.resolution());
        summary.setText(c.summary());
        showSystems();
        closingChanged();
    }

    private void showStatuses(Status saved, Status chosen) {
        statuses = new ArrayList<>(List.of(saved));
        statuses.addAll(Workflow.next(saved));
        status.setItems(statuses.stream().map(labels::label).toArray(String[]::new));
        status.select(Math.max(0, statuses.indexOf(chosen)));
    }

    private void closingChanged() {
        boolean closing = selectedStatus() == Status.CLOSED;
        resolution.setEnabled(closing);
        summary.setEnabled(closing);
    }

    private Status selectedStatus() {
        return statuses.get(Math.max(0, status.getSelectionIndex()));
    }

    @Override
    public void read(CaseDraft edited) {
        edited.title(title.getText().strip()).description(description.getText()).status(selectedStatus())
                .assignee(assignee.getText().isBlank() ? null : assignee.getText().strip())
                .resolution(Choices.selected(resolution, Resolution.values()).orElse(null))
                .summary(summary.getText());
        Choices.selected(severity, Severity.values()).ifPresent(edited::severity);
        Choices.selected(tlp, Tlp.values()).ifPresent(edited::tlp);
        Choices.selected(pap, Pap.values()).ifPresent(edited::pap);
        Choices.selected(category, Category.values()).ifPresent(edited::category);
        edited.tags().clear();
        Arrays.stream(tags.getText().split(TAG_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty())
                .forEach(edited.tags()::add);
    }

    @Override
    public Optional<Control> control(String field) {
        return Optional.ofNullable(fields.get(field));
    }
}
