package org.vigil.registry.ui.internal;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.vigil.cases.AffectedSystems;
import org.vigil.cases.Case;
import org.vigil.cases.CaseQuery;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.events.SourceRegistry;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Labelled;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.Navigator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Registry perspective's part: agencies and their systems as a tree, the systems that pass
 * the filters as a sortable table, and the compliance of the province under them. It reads the
 * registry again after every change, whoever made it.
 */
public final class RegistryPart {

    private static final System.Logger LOG = System.getLogger(RegistryPart.class.getName());

    /**
     * What one load reads: the view, the history of the figures, the rules, and the open cases of
     * each system in the case store (the embedded one unless it is missing), if there is one.
     */
    private record Loaded(RegistryView view, List<ComplianceSnapshot> history, ComplianceRules rules,
            CaseStore caseStore, Map<String, List<Case>> openCases) {
    }

    // Replaced from the thread that announces a new registry, read by the loading job.
    private volatile SystemRegistry registry;
    private volatile ComplianceService compliance;
    private final UISynchronize ui;
    private final CaseStores caseStores;
    private final SourceRegistry sources;
    private final Navigator navigator;
    private final RegistryListener listener;
    private Loaded loaded;
    private Tree tree;
    private Text search;
    private Combo level;
    private Combo dossier;
    private Combo plan;
    private Button overdueOnly;
    private Label count;
    private MessageLine status;
    private SystemTable table;
    private CompliancePanel panel;
    private SystemActivityPanel activity;
    /** The tree item another perspective asked for, selected once the registry is (re)loaded. */
    private String requestedKey;

    /**
     * @param ui the UI thread
     * @param caseStores the case stores, for each system's open cases, if Vigil has them
     * @param sources the event sources, for each system's alerts and findings, if Vigil has them
     * @param navigator the way to a case in the Cases perspective
     */
    @Inject
    public RegistryPart(UISynchronize ui, @org.eclipse.e4.core.di.annotations.Optional @Service CaseStores caseStores,
            @org.eclipse.e4.core.di.annotations.Optional @Service SourceRegistry sources, Navigator navigator) {
        this.ui = ui;
        this.caseStores = caseStores;
        this.sources = sources;
        this.navigator = navigator;
        this.listener = change -> ui.asyncExec(this::reload);
    }

    /**
     * Injected again when a higher-ranked registry comes or goes, such as the team's registry on
     * Elasticsearch named in the workspace's sources while Vigil runs: the part then shows it.
     *
     * @param active the registry shown
     * @param activeCompliance its compliance, which follows the registry
     */
    @Inject
    void useRegistry(@Service SystemRegistry active, @Service ComplianceService activeCompliance) {
        SystemRegistry previous = registry;
        registry = active;
        compliance = activeCompliance;
        if (previous != null && previous != active) {
            // The part's widgets, and whether they exist yet, are the UI thread's to read.
            ui.asyncExec(() -> {
                if (tree != null && !tree.isDisposed()) {
                    previous.removeListener(listener);
                    active.addListener(listener);
                    reload();
                }
            });
        }
    }

    /** Another perspective asked for the systems behind a figure, e.g. a dashboard's bar of level 3 systems. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void filterRequested(@UIEventTopic(Navigator.TOPIC_REGISTRY) Navigator.RegistryRequest request) {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        LOG.log(Level.INFO, "Registry filter requested from another perspective: {0}", request); //$NON-NLS-1$
        level.select(request.level() == null ? 0 : request.level());
        overdueOnly.setSelection(request.overdueOnly());
        requestedKey = request.agency() == null ? "" : "a:" + request.agency(); //$NON-NLS-1$ //$NON-NLS-2$
        if (loaded != null) {
            showTree();
            showTable();
        }
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters(parent);
        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
        tree = new Tree(horizontal, SWT.BORDER | SWT.SINGLE);
        tree.addListener(SWT.Selection, e -> treeSelected());
        tree.addListener(SWT.DefaultSelection, e -> treeOpened());
        table = new SystemTable(horizontal, this::edit);
        table.control().addListener(SWT.Selection, e -> showActivity(table.selected().orElse(null)));
        horizontal.setWeights(1, 3);
        SashForm bottom = new SashForm(vertical, SWT.HORIZONTAL);
        panel = new CompliancePanel(bottom);
        activity = new SystemActivityPanel(bottom, ui, this::openCase);
        bottom.setWeights(3, 2);
        vertical.setWeights(3, 2);
        status = new MessageLine(parent, 1);
        registry.addListener(listener);
        reload();
    }

    @PreDestroy
    void dispose() {
        registry.removeListener(listener);
        activity.stop();
    }

    private void filters(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.Filter_search);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addListener(SWT.Modify, e -> showTable());
        level = combo(bar, Messages.Filter_anyLevel, List.of("1", "2", "3", "4", "5")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        dossier = combo(bar, Messages.Filter_anyDossier, labels(DossierStatus.values()));
        plan = combo(bar, Messages.Filter_anyPlan, labels(PlanStatus.values()));
        overdueOnly = new Button(bar, SWT.CHECK);
        overdueOnly.setText(Messages.Filter_overdue);
        overdueOnly.addListener(SWT.Selection, e -> showTable());
        button(bar, Messages.Action_new).addListener(SWT.Selection, e -> create());
        button(bar, Messages.Action_edit).addListener(SWT.Selection, e -> table.selected().ifPresent(this::edit));
        button(bar, Messages.Action_delete).addListener(SWT.Selection, e -> table.selected().ifPresent(this::delete));
        button(bar, Messages.Action_refresh).addListener(SWT.Selection, e -> reload());
        count = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(count);
    }

    private static List<String> labels(Labelled[] values) {
        return java.util.Arrays.stream(values).map(Labelled::label).toList();
    }

    private Combo combo(Composite bar, String any, List<String> items) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.add(any);
        items.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> showTable());
        return combo;
    }

    private static Button button(Composite bar, String text) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        return button;
    }

    private void reload() {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        Background.run(Messages.Registry_jobLoad, tree, ui, this::load, this::show, this::fail);
    }

    private Loaded load() throws Exception {
        RegistryView view = new RegistryView(AgencyTree.of(registry.agencies()), registry.systems(SystemFilter.ALL),
                compliance.evaluate(LocalDate.now()));
        CaseStore store = caseStores == null || caseStores.stores().isEmpty() ? null : caseStores.stores().get(0);
        Map<String, List<Case>> open = store == null ? Map.of() : AffectedSystems.openBySystem(store.list(CaseQuery.open()));
        return new Loaded(view, compliance.history(), compliance.rules(), store, open);
    }

    private void showActivity(InformationSystem system) {
        if (loaded == null) {
            return;
        }
        CaseStore store = loaded.caseStore();
        activity.show(system, system == null ? List.of() : loaded.openCases().getOrDefault(system.id(), List.of()),
                store == null ? null : store.info().name(),
                sources == null ? Optional.empty() : sources.defaultSource());
    }

    private void openCase(String number) {
        if (loaded != null && loaded.caseStore() != null) {
            LOG.log(Level.INFO, "Opening case {0} from the registry", number); //$NON-NLS-1$
            navigator.openCase(new Navigator.CaseRequest(loaded.caseStore().info().id(), number));
        }
    }

    private void show(Loaded fresh) {
        loaded = fresh;
        showTree();
        showTable();
        panel.show(fresh.view(), fresh.history());
        LOG.log(Level.INFO, "Registry shown: {0} systems, province compliance {1}", //$NON-NLS-1$
                fresh.view().systems().size(), Percent.of(fresh.view().report().province().percent()));
    }

    private void showTree() {
        String selected = requestedKey != null ? requestedKey
                : tree.getSelectionCount() == 0 ? null : key(tree.getSelection()[0]);
        requestedKey = null;
        tree.removeAll();
        TreeItem all = new TreeItem(tree, SWT.NONE);
        all.setText(NLS.bind(Messages.Tree_all, loaded.view().systems().size()));
        AgencyTree agencies = loaded.view().tree();
        List<TreeItem> roots = agencies.roots().stream().map(root -> addAgency(all, root, agencies, selected)).toList();
        all.setExpanded(true);
        roots.forEach(root -> root.setExpanded(true));
        if (tree.getSelectionCount() == 0) {
            tree.setSelection(all);
        }
    }

    private TreeItem addAgency(TreeItem parent, Agency agency, AgencyTree agencies, String selected) {
        Set<String> subtree = agencies.subtree(agency.id());
        long count = loaded.view().systems().stream().filter(s -> subtree.contains(s.agencyId())).count();
        TreeItem item = new TreeItem(parent, SWT.NONE);
        item.setText(NLS.bind(Messages.Tree_agency, agency.name(), count));
        item.setData(agency);
        select(item, selected);
        for (Agency child : agencies.children(agency.id())) {
            addAgency(item, child, agencies, selected);
        }
        loaded.view().systems().stream().filter(s -> s.agencyId().equals(agency.id())).sorted(SystemFilter.ORDER)
                .forEach(system -> {
                    TreeItem leaf = new TreeItem(item, SWT.NONE);
                    leaf.setText(NLS.bind(Messages.Tree_system, system.name(), system.level()));
                    leaf.setData(system);
                    select(leaf, selected);
                });
        return item;
    }

    private void select(TreeItem item, String selected) {
        if (key(item).equals(selected)) {
            tree.setSelection(item);
            tree.showItem(item);
        }
    }

    private static String key(TreeItem item) {
        Object data = item.getData();
        return data instanceof Agency agency ? "a:" + agency.id() //$NON-NLS-1$
                : data instanceof InformationSystem system ? "s:" + system.id() : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void treeSelected() {
        showTable();
    }

    private void treeOpened() {
        if (tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() instanceof InformationSystem system) {
            edit(system);
        }
    }

    private String selectedAgency() {
        if (tree.getSelectionCount() == 0) {
            return null;
        }
        Object data = tree.getSelection()[0].getData();
        return data instanceof Agency agency ? agency.id()
                : data instanceof InformationSystem system ? system.agencyId() : null;
    }

    private void showTable() {
        if (loaded == null) {
            return;
        }
        SystemFilter filter = SystemFilter.ALL.withAgency(selectedAgency()).withText(search.getText());
        if (level.getSelectionIndex() > 0) {
            filter = filter.withLevels(Set.of(level.getSelectionIndex()));
        }
        if (dossier.getSelectionIndex() > 0) {
            filter = filter.withDossiers(Set.of(DossierStatus.values()[dossier.getSelectionIndex() - 1]));
        }
        if (plan.getSelectionIndex() > 0) {
            filter = filter.withPlans(Set.of(PlanStatus.values()[plan.getSelectionIndex() - 1]));
        }
        List<InformationSystem> shown = loaded.view().select(filter, overdueOnly.getSelection());
        table.show(shown, loaded.view(), loaded.openCases());
        showActivity(selectedSystem(shown));
        count.setText(NLS.bind(Messages.Registry_count, shown.size(), loaded.view().systems().size()));
    }

    /** @return the system selected in the table, else in the tree, if it is among those shown */
    private InformationSystem selectedSystem(List<InformationSystem> shown) {
        Optional<InformationSystem> inTable = table.selected();
        if (inTable.isPresent()) {
            return inTable.get();
        }
        return tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() instanceof InformationSystem system
                && shown.stream().anyMatch(s -> s.id().equals(system.id())) ? system : null;
    }

    private void create() {
        if (loaded == null || loaded.view().tree().depthFirst().isEmpty()) {
            return;
        }
        String agency = selectedAgency() != null ? selectedAgency() : loaded.view().tree().depthFirst().get(0).id();
        edit(InformationSystem.builder("", "", agency).build()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void edit(InformationSystem system) {
        if (loaded == null) {
            return;
        }
        LOG.log(Level.INFO, "Editing system {0}", system.id().isEmpty() ? "(new)" : system.id()); //$NON-NLS-1$ //$NON-NLS-2$
        SystemEditor editor = new SystemEditor(tree.getShell(), registry, ui, system,
                loaded.view().tree().depthFirst(), loaded.rules());
        if (editor.open() == SystemEditor.OK) {
            SavedSystem saved = editor.saved();
            say(saved.warnings().isEmpty() ? NLS.bind(Messages.Registry_saved, saved.system().name())
                    : NLS.bind(Messages.Registry_savedWithWarnings, saved.system().name(),
                            String.join("; ", saved.warnings().stream().map(w -> w.message()).toList())), //$NON-NLS-1$
                    !saved.warnings().isEmpty());
            LOG.log(Level.INFO, "Registry system saved: {0}", saved.system().id()); //$NON-NLS-1$
        }
    }

    private void delete(InformationSystem system) {
        if (!MessageDialog.openQuestion(tree.getShell(), Messages.Registry_deleteTitle,
                NLS.bind(Messages.Registry_deleteQuestion, system.name()))) {
            return;
        }
        Background.run(Messages.Registry_jobSave, tree, ui, () -> {
            registry.delete(system.id(), system.version());
            return system;
        }, deleted -> say(NLS.bind(Messages.Registry_deleted, deleted.name()), false), this::fail);
    }

    private void fail(Exception e) {
        say(e.getMessage() == null ? e.toString() : e.getMessage(), true);
        LOG.log(Level.WARNING, "Registry: " + e.getMessage(), e); //$NON-NLS-1$
    }

    private void say(String text, boolean problem) {
        status.say(text, problem);
    }
}
