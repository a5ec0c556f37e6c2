package org.vigil.cases.ui.internal;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.BulkChange;
import org.vigil.cases.BulkResult;
import org.vigil.cases.Case;
import org.vigil.cases.CaseNotFoundException;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.CaseTemplate;
import org.vigil.cases.Category;
import org.vigil.cases.InvalidCaseException;
import org.vigil.cases.Labels;
import org.vigil.cases.Severity;
import org.vigil.cases.Status;
import org.vigil.cases.StatusFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.Navigator;
import org.vigil.ui.TitledDialog;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Cases perspective's part: the cases of one store that pass the filters, the number of them
 * in each status, and the way to a new case and to the editor. The status filter is applied
 * here, after the store's query, so that the counts per status stay those of the other filters.
 */
public final class CasesPart {

    private static final System.Logger LOG = System.getLogger(CasesPart.class.getName());
    private static final int TYPING_PAUSE_MS = 400;

    private final CaseStores stores;
    private final SystemRegistry registry;
    private final UISynchronize ui;
    private final Navigator navigator;
    private final Labels labels = Labels.of(Locale.getDefault());
    private final Runnable reloadAfterTyping = this::reload;
    private List<CaseStore> shownStores = List.of();
    private Combo store;
    private Text search;
    private Combo status;
    private Combo severity;
    private Combo category;
    private Text assignee;
    private Text system;
    private Button overdueOnly;
    private Label counts;
    private MessageLine line;
    private CaseTable table;
    private List<Case> loaded = List.of();
    private SystemDirectory directory = SystemDirectory.empty();

    /** What one load reads: the cases and the registry's systems they refer to. */
    private record Loaded(List<Case> cases, SystemDirectory directory) {
    }

    /**
     * @param stores the case stores to choose from
     * @param registry the registry of information systems, if Vigil has one
     * @param ui the UI thread
     * @param navigator the way to Investigate, for an observable's search
     */
    @Inject
    public CasesPart(@Service CaseStores stores, @Optional @Service SystemRegistry registry, UISynchronize ui,
            Navigator navigator) {
        this.stores = stores;
        this.registry = registry;
        this.navigator = navigator;
        this.ui = ui;
    }

    /** A handler outside this part created or changed a case. */
    @Inject
    @Optional
    void caseChanged(@UIEventTopic(SelectedEvents.TOPIC_CHANGED) String number) {
        reload();
    }

    /** Another perspective asked to open a case, e.g. the registry's list of a system's open cases. */
    @Inject
    @Optional
    void openRequested(@UIEventTopic(Navigator.TOPIC_OPEN_CASE) Navigator.CaseRequest request) {
        if (store == null || store.isDisposed()) {
            return;
        }
        List<String> ids = shownStores.stream().map(s -> s.info().id()).toList();
        if (ids.contains(request.store())) {
            store.select(ids.indexOf(request.store()));
            reload();
        }
        CaseStore from = selectedStore();
        if (from != null) {
            Background.run(Messages.Cases_jobLoad, table.control(), ui, () -> from.get(request.number()), this::open,
                    this::fail);
        }
    }

    /** Another perspective asked for the cases behind a figure, e.g. a dashboard's bar of critical cases. */
    @Inject
    @Optional
    void listRequested(@UIEventTopic(Navigator.TOPIC_CASE_LIST) Navigator.CaseListRequest request) {
        if (store == null || store.isDisposed()) {
            return;
        }
        LOG.log(Level.INFO, "Case list requested from another perspective: {0}", request); //$NON-NLS-1$
        Status wanted = byWord(Status.values(), request.status());
        selectStatus(wanted != null ? StatusFilter.of(wanted) : request.openOnly() ? StatusFilter.OPEN : StatusFilter.ANY);
        Choices.select(severity, byWord(Severity.values(), request.severity()));
        Choices.select(category, byWord(Category.values(), request.category()));
        overdueOnly.setSelection(request.overdueOnly());
        reload();
    }

    /** The words are those of the case files and the dashboards' figures: {@code in-progress}, {@code network-scan}. */
    private static <E extends Enum<E>> E byWord(E[] values, String word) {
        for (E value : values) {
            if (value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(word)) {
                return value;
            }
        }
        return null;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters(parent);
        table = new CaseTable(parent, labels, this::open, sort -> reload());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        line = new MessageLine(parent, 1);
        showStores();
        reload();
    }

    private void filters(Composite parent) {
        Composite top = bar(parent, 8);
        store = new Combo(top, SWT.READ_ONLY);
        store.addListener(SWT.Selection, e -> reload());
        search = text(top, Messages.Filter_search, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        Choices.button(top, Messages.Action_new).addListener(SWT.Selection, e -> newCase());
        Choices.button(top, Messages.Action_open).addListener(SWT.Selection, e -> table.selected().ifPresent(this::open));
        Choices.button(top, Messages.Action_merge).addListener(SWT.Selection, e -> merge());
        Choices.button(top, Messages.Action_bulk).addListener(SWT.Selection, e -> bulk());
        Choices.button(top, Messages.Action_templates).addListener(SWT.Selection, e -> templates());
        Choices.button(top, Messages.Action_refresh).addListener(SWT.Selection, e -> {
            showStores();
            reload();
        });
        Composite second = bar(parent, 6);
        status = statusCombo(second);
        status.addListener(SWT.Selection, e -> showTable());
        severity = Choices.combo(second, Messages.Filter_anySeverity, labels, Severity.values());
        severity.addListener(SWT.Selection, e -> reload());
        category = Choices.combo(second, Messages.Filter_anyCategory, labels, Category.values());
        category.addListener(SWT.Selection, e -> reload());
        assignee = text(second, Messages.Filter_assignee, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(assignee);
        system = text(second, Messages.Filter_system, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(system);
        overdueOnly = new Button(second, SWT.CHECK);
        overdueOnly.setText(Messages.Filter_overdue);
        overdueOnly.addListener(SWT.Selection, e -> reload());
        // A line of its own: in Vietnamese the filters alone fill the width of a 1400-pixel screen.
        counts = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
    }

    /** Any status, the open ones (what a dashboard's open-case figure counts), or one status. */
    private Combo statusCombo(Composite parent) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        for (StatusFilter choice : StatusFilter.choices()) {
            combo.add(choice.equals(StatusFilter.ANY) ? Messages.Filter_anyStatus
                    : choice.equals(StatusFilter.OPEN) ? Messages.Filter_openStatus
                            : labels.label(choice.single().orElseThrow()));
        }
        combo.select(0);
        return combo;
    }

    private void selectStatus(StatusFilter filter) {
        status.select(StatusFilter.choices().indexOf(filter));
    }

    private StatusFilter statusFilter() {
        return StatusFilter.choices().get(Math.max(0, status.getSelectionIndex()));
    }

    private static Composite bar(Composite parent, int columns) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        return bar;
    }

    private Text text(Composite bar, String hint, int style) {
        Text text = new Text(bar, style);
        text.setMessage(hint);
        text.addListener(SWT.Modify, e -> {
            text.getDisplay().timerExec(-1, reloadAfterTyping);
            text.getDisplay().timerExec(TYPING_PAUSE_MS, reloadAfterTyping);
        });
        return text;
    }

    /** Lists the stores present now (team stores come with their sources), keeping the chosen one. */
    private void showStores() {
        CaseStore chosen = selectedStore();
        shownStores = stores.stores();
        store.setItems(shownStores.stream().map(s -> s.info().name()).toArray(String[]::new));
        int index = chosen == null ? 0
                : Math.max(0, shownStores.stream().map(s -> s.info().id()).toList().indexOf(chosen.info().id()));
        store.select(index);
        store.getParent().layout();
    }

    /** @return the store chosen, or {@code null} while there is none */
    private CaseStore selectedStore() {
        int index = store.getSelectionIndex();
        return index < 0 || index >= shownStores.size() ? null : shownStores.get(index);
    }

    private CaseQuery query() {
        Set<Severity> severities = Choices.selected(severity, Severity.values()).map(Set::of).orElse(Set.of());
        return new CaseQuery(Set.of(), severities, Choices.selected(category, Category.values()).orElse(null),
                blankToNull(assignee.getText()), blankToNull(system.getText()), overdueOnly.getSelection(),
                blankToNull(search.getText()), table.sort());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private void reload() {
        if (store == null || store.isDisposed()) {
            return;
        }
        CaseStore from = selectedStore();
        if (from == null) {
            line.problem(Messages.Cases_noStore);
            return;
        }
        CaseQuery query = query();
        Background.run(Messages.Cases_jobLoad, table.control(), ui,
                () -> new Loaded(withForwarded(from, query), SystemDirectory.load(registry)), fresh -> {
                    loaded = fresh.cases();
                    directory = fresh.directory();
                    showTable();
                    LOG.log(Level.INFO, "Cases shown: {0} cases in store {1}", loaded.size(), from.info().id()); //$NON-NLS-1$
                }, this::fail);
    }

    /**
     * The list, and the case a number in the search text forwards to when that case was merged
     * away: both numbers of a merged case find it.
     */
    private static List<Case> withForwarded(CaseStore from, CaseQuery query) throws Exception {
        List<Case> cases = from.list(query);
        if (query.text() == null) {
            return cases;
        }
        try {
            Case found = from.get(query.text());
            return cases.stream().anyMatch(c -> c.number().equals(found.number())) ? cases
                    : Stream.concat(cases.stream(), Stream.of(found)).toList();
        } catch (CaseNotFoundException | InvalidCaseException notANumber) {
            return cases;
        }
    }

    private void merge() {
        List<Case> picked = table.selectedAll();
        CaseStore target = selectedStore();
        if (picked.size() != 2 || target == null) {
            line.problem(Messages.Merge_needTwo);
            return;
        }
        MergeDialog dialog = new MergeDialog(table.control().getShell(), picked.get(0), picked.get(1));
        if (dialog.open() != MergeDialog.OK) {
            return;
        }
        String from = dialog.from().number().toString();
        String into = dialog.into().number().toString();
        Background.run(Messages.Cases_jobSave, table.control(), ui, () -> target.merge(from, into), merged -> {
            LOG.log(Level.INFO, "Case {0} merged into {1}", from, merged.number()); //$NON-NLS-1$
            line.info(NLS.bind(Messages.Merge_done, from, merged.number()));
            reload();
        }, this::fail);
    }

    private void bulk() {
        List<String> numbers = table.selectedAll().stream().map(c -> c.number().toString()).toList();
        CaseStore target = selectedStore();
        if (numbers.isEmpty() || target == null) {
            line.problem(Messages.Bulk_noneSelected);
            return;
        }
        BulkDialog dialog = new BulkDialog(table.control().getShell(), labels, numbers.size());
        if (dialog.open() != BulkDialog.OK) {
            return;
        }
        BulkChange change = dialog.change();
        Background.run(Messages.Cases_jobSave, table.control(), ui, () -> target.bulk(numbers, change), result -> {
            LOG.log(Level.INFO, "Bulk change: {0} changed, {1} refused", result.changed().size(), //$NON-NLS-1$
                    result.refused().size());
            reload();
            reportBulk(result, numbers.size());
        }, this::fail);
    }

    private void reportBulk(BulkResult result, int asked) {
        if (result.refused().isEmpty()) {
            line.info(NLS.bind(Messages.Bulk_done, result.changed().size()));
            return;
        }
        line.problem(NLS.bind(Messages.Bulk_partly, result.refused().size(), asked));
        String reasons = result.refused().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> NLS.bind(Messages.Bulk_refusedCase, e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
        MessageDialog.openWarning(table.control().getShell(), Messages.Bulk_title,
                NLS.bind(Messages.Bulk_report, new Object[] { result.changed().size(), asked, reasons }));
    }

    private void showTable() {
        StatusFilter wanted = statusFilter();
        table.show(loaded.stream().filter(wanted::matches).toList(), directory);
        Map<Status, Long> byStatus = loaded.stream()
                .collect(Collectors.groupingBy(Case::status, () -> new EnumMap<>(Status.class), Collectors.counting()));
        String perStatus = byStatus.entrySet().stream()
                .map(e -> NLS.bind(Messages.Cases_countStatus, labels.label(e.getKey()), e.getValue()))
                .collect(Collectors.joining("   ")); //$NON-NLS-1$
        counts.setText(NLS.bind(Messages.Cases_count, loaded.size()) + "   " + perStatus); //$NON-NLS-1$
        counts.getParent().layout();
    }

    private void newCase() {
        CaseStore target = selectedStore();
        if (target == null) {
            return;
        }
        Background.run(Messages.Cases_jobLoad, table.control(), ui, target::templates,
                templates -> newCase(target, templates), this::fail);
    }

    private void newCase(CaseStore target, List<CaseTemplate> templates) {
        NewCaseDialog dialog = new NewCaseDialog(table.control().getShell(), target, ui, templates);
        if (dialog.open() == NewCaseDialog.OK) {
            Case created = dialog.created();
            LOG.log(Level.INFO, "Case created: {0}", created.number()); //$NON-NLS-1$
            line.info(NLS.bind(Messages.Cases_created, created.number()));
            reload();
            open(created);
        }
    }

    private void templates() {
        CaseStore target = selectedStore();
        if (target != null) {
            new TemplatesDialog(table.control().getShell(), target, ui, labels).open();
        }
    }

    private void open(Case c) {
        CaseStore target = selectedStore();
        if (target != null) {
            CaseEditor editor = new CaseEditor(table.control().getShell(), target, ui, labels, directory, navigator, c);
            if (editor.open() == CaseEditor.OK) {
                LOG.log(Level.INFO, "Case saved: {0}", editor.saved().number()); //$NON-NLS-1$
                line.info(NLS.bind(Messages.Cases_saved, editor.saved().number()));
            }
            reload();
        }
    }

    private void fail(Exception e) {
        line.problem(e.getMessage() == null ? e.toString() : e.getMessage());
        LOG.log(Level.WARNING, "Cases: " + e.getMessage(), e); //$NON-NLS-1$
    }
}
