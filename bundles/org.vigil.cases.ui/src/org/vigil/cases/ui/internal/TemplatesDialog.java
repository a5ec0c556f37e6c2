package org.vigil.cases.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.CaseSettings;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.Labels;
import org.vigil.cases.Severity;
import org.vigil.cases.Sla;
import org.vigil.cases.TaskTemplate;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.TitledDialog;

/**
 * The store's case templates and an editor for one: names and description in both languages,
 * category, default severity, SLA, tags and the tasks (ticked ones mandatory), in order. Save
 * writes the template and keeps the dialog open; a shipped template saved under its id replaces
 * the shipped one in this store. A mistake is named on the message line and its field focused.
 */
final class TemplatesDialog extends TitledDialog {

    /** A template of the list with where it comes from, worked out off the UI thread. */
    private record Entry(CaseTemplate template, CaseTemplate.Origin origin) {
    }

    private static final String ID_PATTERN = "[A-Za-z0-9-]+"; //$NON-NLS-1$

    private final CaseStore store;
    private final UISynchronize ui;
    private final Labels labels;
    private final Locale locale = Locale.getDefault();
    private List<Entry> entries = List.of();
    private boolean creating;
    /** The form as last shown or saved: leaving a form that differs asks first, so no edit is lost unseen. */
    private String shownState = ""; //$NON-NLS-1$
    private int shownIndex = -1;
    private Table list;
    private Text id;
    private Text nameEn;
    private Text nameVi;
    private Text descriptionEn;
    private Text descriptionVi;
    private Combo category;
    private Combo severity;
    private Text acknowledge;
    private Text resolve;
    private Text tags;
    private Table tasks;
    private Text taskEn;
    private Text taskVi;
    private MessageLine line;

    TemplatesDialog(Shell parent, CaseStore store, UISynchronize ui, Labels labels) {
        super(parent, Messages.Templates_title);
        this.store = store;
        this.ui = ui;
        this.labels = labels;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Templates_title);
        setMessage(NLS.bind(Messages.Templates_message, store.info().name()));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        listSide(body);
        editor(body);
        line = new MessageLine(body, 2);
        blank();
        load(null);
    }

    private void listSide(Composite body) {
        Composite side = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(side);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(side);
        list = Tables.table(side, SWT.SINGLE, 2, Messages.Templates_name, 270, Messages.Templates_origin, 90);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(370, 420).applyTo(list);
        list.addListener(SWT.Selection, e -> {
            if (list.getSelectionIndex() == shownIndex) {
                return;
            }
            if (!mayLeave()) {
                list.setSelection(shownIndex);
                return;
            }
            selected().ifPresent(entry -> show(entry.template(), false));
        });
        Choices.button(side, Messages.Templates_new).addListener(SWT.Selection, e -> {
            if (mayLeave()) {
                blank();
            }
        });
        Choices.button(side, Messages.Templates_copy).addListener(SWT.Selection, e -> {
            if (mayLeave()) {
                copy();
            }
        });
    }

    private void editor(Composite body) {
        Composite form = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        id = field(form, Messages.Templates_id, 3);
        nameEn = field(form, Messages.Templates_nameEn, 3);
        nameVi = field(form, Messages.Templates_nameVi, 3);
        descriptionEn = field(form, Messages.Templates_descriptionEn, 3);
        descriptionVi = field(form, Messages.Templates_descriptionVi, 3);
        new Label(form, SWT.NONE).setText(Messages.Templates_category);
        category = Choices.combo(form, null, labels, Category.values());
        new Label(form, SWT.NONE).setText(Messages.Templates_severity);
        severity = Choices.combo(form, null, labels, Severity.values());
        acknowledge = field(form, Messages.Templates_acknowledge, 1);
        resolve = field(form, Messages.Templates_resolve, 1);
        acknowledge.setToolTipText(Messages.Templates_timeHint);
        resolve.setToolTipText(Messages.Templates_timeHint);
        tags = field(form, Messages.Templates_tags, 3);
        tags.setMessage(Messages.Templates_tagsHint);
        Label tasksLabel = new Label(form, SWT.NONE);
        tasksLabel.setText(Messages.Templates_tasks);
        GridDataFactory.fillDefaults().span(4, 1).indent(0, 6).applyTo(tasksLabel);
        tasks = Tables.table(form, SWT.CHECK | SWT.SINGLE, 4, Messages.Templates_taskEn, 340, Messages.Templates_taskVi, 340);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(540, 160).applyTo(tasks);
        tasks.addListener(SWT.Selection, e -> selectedTask().ifPresent(item -> {
            taskEn.setText(item.getText(0));
            taskVi.setText(item.getText(1));
        }));
        taskEn = field(form, Messages.Templates_taskEn, 1);
        taskVi = field(form, Messages.Templates_taskVi, 1);
        Composite taskButtons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(taskButtons);
        GridDataFactory.fillDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(taskButtons);
        Choices.button(taskButtons, Messages.Templates_taskAdd).addListener(SWT.Selection, e -> addTask());
        Choices.button(taskButtons, Messages.Templates_taskChange).addListener(SWT.Selection, e -> changeTask());
        Choices.button(taskButtons, Messages.Templates_taskRemove).addListener(SWT.Selection, e -> removeTask());
        Choices.button(taskButtons, Messages.Templates_taskUp).addListener(SWT.Selection, e -> moveTask(-1));
        Choices.button(taskButtons, Messages.Templates_taskDown).addListener(SWT.Selection, e -> moveTask(1));
        Problems.onReturn(taskEn, this::addTask);
        Problems.onReturn(taskVi, this::addTask);
    }

    private static Text field(Composite form, String label, int span) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(span > 1 ? 420 : 180, SWT.DEFAULT)
                .applyTo(text);
        return text;
    }

    @Override
    protected String okLabel() {
        return Messages.Templates_save;
    }

    /** Saving keeps the dialog open, so leaving it cancels nothing: Close. */
    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.CANCEL_ID).setText(IDialogConstants.CLOSE_LABEL);
    }

    @Override
    protected void cancelPressed() {
        if (mayLeave()) {
            super.cancelPressed();
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (mayLeave()) {
            super.handleShellCloseEvent();
        }
    }

    /** @return whether the form holds nothing unsaved, or the operator agreed to drop it */
    private boolean mayLeave() {
        return formState().equals(shownState) || MessageDialog.openQuestion(getShell(), Messages.Templates_discardTitle,
                NLS.bind(Messages.Templates_discard, id.getText().strip()));
    }

    /** Everything the operator can type or pick, task being typed included. */
    private String formState() {
        StringBuilder state = new StringBuilder();
        for (Text text : new Text[] { id, nameEn, nameVi, descriptionEn, descriptionVi, acknowledge, resolve, tags, taskEn,
                taskVi }) {
            state.append(text.getText()).append('\u0000');
        }
        state.append(category.getSelectionIndex()).append('\u0000').append(severity.getSelectionIndex());
        for (TableItem item : tasks.getItems()) {
            state.append('\u0000').append(item.getText(0)).append('\u0001').append(item.getText(1)).append('\u0001')
                    .append(item.getChecked());
        }
        return state.toString();
    }

    /** Saves and stays open: an operator often adjusts several templates in a row. */
    @Override
    protected void okPressed() {
        Optional<CaseTemplate> template = template();
        if (template.isEmpty()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        line.info(Messages.Templates_saving);
        Background.run(Messages.Templates_jobSave, list, ui, () -> {
            store.saveTemplate(template.get());
            return template.get();
        }, saved -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            creating = false;
            id.setEditable(false);
            shownState = formState();
            line.info(NLS.bind(Messages.Templates_saved, saved.name().in(locale), store.info().name()));
            load(saved.id());
        }, e -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            line.problem(Problems.describe(e));
        });
    }

    private void load(String select) {
        Background.run(Messages.Templates_jobLoad, list, ui,
                () -> store.templates().stream().map(t -> new Entry(t, t.origin())).toList(), loaded -> {
                    entries = loaded;
                    list.removeAll();
                    for (Entry entry : entries) {
                        new TableItem(list, SWT.NONE).setText(new String[] { entry.template().name().in(locale),
                                labels.label(entry.origin()) });
                    }
                    for (int i = 0; i < entries.size(); i++) {
                        if (entries.get(i).template().id().equals(select)) {
                            list.select(i);
                            shownIndex = i;
                        }
                    }
                }, e -> line.problem(Problems.describe(e)));
    }

    private Optional<Entry> selected() {
        int index = list.getSelectionIndex();
        return index < 0 || index >= entries.size() ? Optional.empty() : Optional.of(entries.get(index));
    }

    private void blank() {
        Sla sla = CaseSettings.defaults().sla().bySeverity().get(Severity.MEDIUM);
        show(new CaseTemplate("new", new org.vigil.cases.Text("", ""), new org.vigil.cases.Text("", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Category.OTHER, Severity.MEDIUM, sla, List.of(), List.of(), false), true);
        id.setText(""); //$NON-NLS-1$
        list.deselectAll();
        shownState = formState();
        id.setFocus();
    }

    private void copy() {
        Optional<Entry> entry = selected();
        if (entry.isEmpty()) {
            line.problem(Messages.Templates_selectFirst);
            return;
        }
        show(entry.get().template(), true);
        id.setText(entry.get().template().id() + "-2"); //$NON-NLS-1$
        nameEn.setText(NLS.bind(Messages.Templates_copyName, nameEn.getText()));
        nameVi.setText(nameVi.getText().isBlank() ? "" : NLS.bind(Messages.Templates_copyNameVi, nameVi.getText())); //$NON-NLS-1$
        list.deselectAll();
        id.setFocus();
        id.selectAll();
    }

    private void show(CaseTemplate template, boolean asNew) {
        creating = asNew;
        id.setText(template.id());
        id.setEditable(asNew);
        nameEn.setText(template.name().en());
        nameVi.setText(template.name().vi());
        descriptionEn.setText(template.description().en());
        descriptionVi.setText(template.description().vi());
        Choices.select(category, template.category());
        Choices.select(severity, template.severity());
        acknowledge.setText(Sla.format(template.sla().acknowledge()));
        resolve.setText(Sla.format(template.sla().resolve()));
        tags.setText(String.join(", ", template.tags())); //$NON-NLS-1$
        tasks.removeAll();
        template.tasks().forEach(task -> taskItem(task, tasks.getItemCount()));
        taskEn.setText(""); //$NON-NLS-1$
        taskVi.setText(""); //$NON-NLS-1$
        if (line != null) {
            line.info(asNew ? Messages.Templates_editingNew : NLS.bind(Messages.Templates_editing, template.id()));
        }
        shownState = formState();
        shownIndex = asNew ? -1 : list.getSelectionIndex();
    }

    private void taskItem(TaskTemplate task, int index) {
        TableItem item = new TableItem(tasks, SWT.NONE, index);
        item.setText(new String[] { task.title().en(), task.title().vi() });
        item.setChecked(task.mandatory());
    }

    private Optional<TableItem> selectedTask() {
        int index = tasks.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(tasks.getItem(index));
    }

    private Optional<TaskTemplate> typedTask(boolean mandatory) {
        if (taskEn.getText().isBlank()) {
            problem(taskEn, Messages.Templates_taskNoTitle);
            return Optional.empty();
        }
        return Optional.of(new TaskTemplate(new org.vigil.cases.Text(taskEn.getText().strip(), taskVi.getText().strip()),
                mandatory));
    }

    private void addTask() {
        typedTask(false).ifPresent(task -> {
            taskItem(task, tasks.getItemCount());
            tasks.setSelection(tasks.getItemCount() - 1);
            taskEn.setText(""); //$NON-NLS-1$
            taskVi.setText(""); //$NON-NLS-1$
            taskEn.setFocus();
        });
    }

    private void changeTask() {
        selectedTask().ifPresent(item -> typedTask(item.getChecked()).ifPresent(task -> {
            item.setText(new String[] { task.title().en(), task.title().vi() });
        }));
    }

    private void removeTask() {
        int index = tasks.getSelectionIndex();
        if (index >= 0) {
            tasks.remove(index);
            tasks.setSelection(Math.min(index, tasks.getItemCount() - 1));
        }
    }

    private void moveTask(int by) {
        int index = tasks.getSelectionIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= tasks.getItemCount()) {
            return;
        }
        TaskTemplate moved = task(tasks.getItem(index));
        tasks.remove(index);
        taskItem(moved, target);
        tasks.setSelection(target);
    }

    private static TaskTemplate task(TableItem item) {
        return new TaskTemplate(new org.vigil.cases.Text(item.getText(0), item.getText(1)), item.getChecked());
    }

    /** @return the template the form describes, or empty after naming the first mistake */
    private Optional<CaseTemplate> template() {
        String typedId = id.getText().strip();
        if (!typedId.matches(ID_PATTERN)) {
            return problem(id, Messages.Templates_badId);
        }
        if (creating && entries.stream().anyMatch(entry -> entry.template().id().equals(typedId))) {
            return problem(id, NLS.bind(Messages.Templates_idTaken, typedId));
        }
        if (nameEn.getText().isBlank()) {
            return problem(nameEn, Messages.Templates_needName);
        }
        Optional<java.time.Duration> ack = Sla.parse(acknowledge.getText());
        if (ack.isEmpty()) {
            return problem(acknowledge, NLS.bind(Messages.Templates_badTime, Messages.Templates_acknowledgeField,
                    acknowledge.getText()));
        }
        Optional<java.time.Duration> res = Sla.parse(resolve.getText());
        if (res.isEmpty()) {
            return problem(resolve, NLS.bind(Messages.Templates_badTime, Messages.Templates_resolveField, resolve.getText()));
        }
        List<String> tagList = Arrays.stream(tags.getText().split(",")).map(String::strip) //$NON-NLS-1$
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        List<TaskTemplate> taskList = Arrays.stream(tasks.getItems()).map(TemplatesDialog::task).toList();
        return Optional.of(new CaseTemplate(typedId,
                new org.vigil.cases.Text(nameEn.getText().strip(), nameVi.getText().strip()),
                new org.vigil.cases.Text(descriptionEn.getText().strip(), descriptionVi.getText().strip()),
                Choices.selected(category, Category.values()).orElseThrow(),
                Choices.selected(severity, Severity.values()).orElseThrow(), new Sla(ack.get(), res.get()), taskList,
                tagList, false));
    }

    private <T> Optional<T> problem(Control field, String message) {
        line.problem(message);
        field.setFocus();
        return Optional.empty();
    }
}
