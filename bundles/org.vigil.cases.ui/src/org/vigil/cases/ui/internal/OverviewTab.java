package org.vigil.cases.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.Category;
import org.vigil.cases.Labels;
import org.vigil.cases.Pap;
import org.vigil.cases.Resolution;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.Tlp;
import org.vigil.cases.Workflow;

/**
 * The case's own values. The status offers only the moves {@link Workflow} allows from the
 * saved status, and the resolution and summary open up when the move closes the case.
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
    private List<Status> statuses = List.of();

    OverviewTab(Composite parent, Labels labels) {
        this.labels = labels;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        title = text(parent, "title", Messages.Editor_fieldTitle, SWT.BORDER); //$NON-NLS-1$
        description = text(parent, "description", Messages.Editor_description, MULTI_LINE); //$NON-NLS-1$
        severity = combo(parent, "severity", Messages.Editor_severity, null, Severity.values()); //$NON-NLS-1$
        tlp = combo(parent, "tlp", Messages.Editor_tlp, null, Tlp.values()); //$NON-NLS-1$
        pap = combo(parent, "pap", Messages.Editor_pap, null, Pap.values()); //$NON-NLS-1$
        category = combo(parent, "category", Messages.Editor_category, null, Category.values()); //$NON-NLS-1$
        tags = text(parent, "tags", Messages.Editor_tags, SWT.BORDER); //$NON-NLS-1$
        assignee = text(parent, "assignee", Messages.Editor_assignee, SWT.BORDER); //$NON-NLS-1$
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

    private Combo combo(Composite parent, String field, String label, String none, Enum<?>[] values) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = Choices.combo(parent, none, labels, values);
        fields.put(field, combo);
        return combo;
    }

    @Override
    public void show(CaseDraft draft) {
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
    public void read(CaseDraft draft) {
        draft.title(title.getText().strip()).description(description.getText()).status(selectedStatus())
                .assignee(assignee.getText().isBlank() ? null : assignee.getText().strip())
                .resolution(Choices.selected(resolution, Resolution.values()).orElse(null))
                .summary(summary.getText());
        Choices.selected(severity, Severity.values()).ifPresent(draft::severity);
        Choices.selected(tlp, Tlp.values()).ifPresent(draft::tlp);
        Choices.selected(pap, Pap.values()).ifPresent(draft::pap);
        Choices.selected(category, Category.values()).ifPresent(draft::category);
        draft.tags().clear();
        Arrays.stream(tags.getText().split(TAG_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty())
                .forEach(draft.tags()::add);
    }

    @Override
    public Optional<Control> control(String field) {
        return Optional.ofNullable(fields.get(field));
    }
}
