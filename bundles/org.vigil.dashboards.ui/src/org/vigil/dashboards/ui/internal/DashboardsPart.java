package org.vigil.dashboards.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.entity.ChartEntity;
import org.osgi.service.event.Event;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardEdits;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.VariableChoices;
import org.vigil.dashboards.Variables;
import org.vigil.dashboards.charts.ChartTheme;
import org.vigil.dashboards.charts.PanelChart;
import org.vigil.dashboards.charts.PanelCharts;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.Navigator;
import org.vigil.ui.RangePicker;
import org.vigil.ui.VigilUi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Dashboards perspective's part: a dashboard chosen among the shipped and saved ones, its time
 * range (the same picker as Investigate), filter and variables, and its panels on the grid, each
 * computed in a job of its own. Leaving the perspective, switching dashboard or closing cancels
 * the panels still running; auto-refresh runs them again while the perspective shows.
 */
public final class DashboardsPart implements PanelHost {

    private static final System.Logger LOG = System.getLogger(DashboardsPart.class.getName());
    /** The dashboard a new workspace opens with. */
    private static final String FIRST = "soc-overview"; //$NON-NLS-1$
    private static final int[] REFRESH_SECONDS = { 0, 30, 60, 300 };
    private static final String DARK = "dark"; //$NON-NLS-1$

    private final UISynchronize ui;
    private final DashboardStore store;
    private final DashboardRunner runner;
    private final Navigator navigator;
    private final IThemeEngine themes;
    private final Cells cells = new Cells(Locale.getDefault(), ZoneId.systemDefault());
    private final List<PanelView> views = new ArrayList<>();
    private final Runnable autoRefresh = this::autoRefresh;
    private List<Dashboard> dashboards = List.of();
    private VariableChoices choices = new VariableChoices(Map.of(), VariableChoices.LEVELS, List.of());
    private Dashboard shown;
    private DashboardEdits edits;
    private RunSettings settings;
    private boolean stale;
    private int finished;
    private int withoutFigures;

    private Composite top;
    private Combo chooser;
    private RangePicker range;
    private Text filter;
    private Combo agency;
    private Combo level;
    private Combo source;
    private Combo refresh;
    private Button editButton;
    private Composite editBar;
    private Button undo;
    private Button redo;
    private MessageLine line;
    private DashboardFiles files;
    private ScrolledComposite scroller;
    private Composite grid;
    private Label empty;

    /**
     * @param ui the UI thread
     * @param store the dashboards of the workspace
     * @param runner computes the panels
     * @param navigator the way to Investigate, the case list and the registry
     * @param themes the theme engine, whose light or dark theme the charts follow
     */
    /** The case stores, whose settings name the reporting unit of scheduled reports. */
    @Inject
    @Optional
    @Service
    private CaseStores cases;

    @Inject
    public DashboardsPart(UISynchronize ui, @Optional @Service DashboardStore store,
            @Optional @Service DashboardRunner runner, Navigator navigator, @Optional IThemeEngine themes) {
        this.ui = ui;
        this.store = store;
        this.runner = runner;
        this.navigator = navigator;
        this.themes = themes;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        top = parent;
        bars(parent);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new Composite(scroller, SWT.NONE);
        grid.setLayout(new GridPlacement());
        scroller.setContent(grid);
        scroller.addListener(SWT.Resize, e -> fitGrid());
        empty = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(empty);
        empty.setVisible(false);
        empty.setText(Messages.Part_empty);
        line = new MessageLine(parent, 1);
        files = new DashboardFiles(store, ui, grid, line, this, new DashboardFiles.Screen() {
            @Override
            public Dashboard current() {
                return DashboardsPart.this.current();
            }

            @Override
            public List<String> ids() {
                return DashboardsPart.this.ids();
            }

            @Override
            public void saved(Dashboard saved) {
                if (edits != null) {
                    edits.saved(saved);
                }
                shown = saved;
                loadDashboards(saved.id(), false);
            }

            @Override
            public void imported(Dashboard imported) {
                stopEditing();
                loadDashboards(imported.id(), true);
            }
        });
        if (store == null || runner == null) {
            line.problem(Messages.Part_noService);
            return;
        }
        loadDashboards(FIRST, true);
        Background.run(Messages.Part_agency, parent, ui, runner::choices, this::showChoices,
                e -> line.problem(NLS.bind(Messages.Part_choicesFailed, e.getMessage())));
    }

    private void bars(Composite parent) {
        Composite first = bar(parent, 10);
        new Label(first, SWT.NONE).setText(Messages.Part_dashboard);
        chooser = new Combo(first, SWT.READ_ONLY);
        chooser.addListener(SWT.Selection, e -> chosen());
        range = new RangePicker(first, this::runAll);
        new Label(first, SWT.NONE).setText(Messages.Part_filter);
        filter = new Text(first, SWT.BORDER | SWT.SEARCH);
        filter.setMessage(Messages.Part_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.DefaultSelection, e -> runAll());
        button(first, Messages.Part_refresh, this::runAll);
        refresh = new Combo(first, SWT.READ_ONLY);
        refresh.setItems(Messages.Part_refreshOff, Messages.Part_refresh30s, Messages.Part_refresh1m,
                Messages.Part_refresh5m);
        refresh.select(0);
        refresh.addListener(SWT.Selection, e -> armRefresh());
        editButton = new Button(first, SWT.TOGGLE);
        editButton.setText(Messages.Part_edit);
        editButton.addListener(SWT.Selection, e -> toggleEdit());
        // Keeps the row's column count whatever the picker needs.
        new Label(first, SWT.NONE);
        Composite second = bar(parent, 7);
        new Label(second, SWT.NONE).setText(Messages.Part_agency);
        agency = variable(second);
        new Label(second, SWT.NONE).setText(Messages.Part_level);
        level = variable(second);
        new Label(second, SWT.NONE).setText(Messages.Part_source);
        source = variable(second);
        button(second, Messages.Schedules_open, this::openSchedules);
        editBar = bar(parent, 8);
        button(editBar, Messages.Edit_add, this::addPanel);
        undo = button(editBar, Messages.Edit_undo, () -> showEdited(edits.undo()));
        redo = button(editBar, Messages.Edit_redo, () -> showEdited(edits.redo()));
        button(editBar, Messages.Edit_save, () -> files.save());
        button(editBar, Messages.Edit_saveAs, () -> files.saveAs());
        button(editBar, Messages.Edit_export, () -> files.export());
        button(editBar, Messages.Edit_import, () -> files.importFile());
        button(editBar, Messages.Edit_done, this::doneEditing);
        showEditBar(false);
    }

    private void openSchedules() {
        if (store != null && runner != null) {
            new SchedulesDialog(top.getShell(), store, runner, cases, ui).open();
        }
    }

    private static Composite bar(Composite parent, int columns) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        return bar;
    }

    private static Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private Combo variable(Composite bar) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(combo);
        combo.setItems(Messages.Part_all);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> runAll());
        return combo;
    }

    // ---- dashboards and variables

    /**
     * @param select the id of the dashboard to select in the list
     * @param open whether to open it, or only to list it (it is on screen after a save)
     */
    private void loadDashboards(String select, boolean open) {
        Background.run(Messages.Part_dashboard, chooser, ui, store::list, list -> {
            dashboards = list;
            chooser.setItems(list.stream().map(this::label).toArray(String[]::new));
            chooser.getParent().layout(true);
            if (!store.problems().isEmpty()) {
                line.problem(NLS.bind(Messages.Part_problems, String.join("; ", store.problems()))); //$NON-NLS-1$
            }
            if (!list.isEmpty()) {
                chooser.select(Math.max(0, ids().indexOf(select)));
                if (open) {
                    open(list.get(chooser.getSelectionIndex()));
                }
            }
        }, e -> line.problem(NLS.bind(Messages.Part_loadFailed, e.getMessage())));
    }

    private List<String> ids() {
        return dashboards.stream().map(Dashboard::id).toList();
    }

    private String label(Dashboard dashboard) {
        String title = dashboard.title().in(Locale.getDefault());
        return store.isShipped(dashboard.id()) ? title : NLS.bind(Messages.Part_saved, title);
    }

    private void showChoices(VariableChoices offered) {
        choices = offered;
        agency.setItems(Messages.Part_all);
        offered.agencies().values().forEach(agency::add);
        level.setItems(Messages.Part_all);
        offered.levels().forEach(l -> level.add(NLS.bind(Messages.Part_levelValue, l)));
        source.setItems(Messages.Part_defaultSource);
        offered.sources().forEach(source::add);
        if (shown != null) {
            showVariables(shown.variables());
        } else {
            agency.select(0);
            level.select(0);
            source.select(0);
        }
        agency.getParent().layout(true);
    }

    private void showVariables(Variables variables) {
        List<String> agencies = new ArrayList<>(choices.agencies().keySet());
        agency.select(variables.agency() == null ? 0 : agencies.indexOf(variables.agency()) + 1);
        level.select(variables.level() == null ? 0 : choices.levels().indexOf(variables.level()) + 1);
        source.select(variables.source() == null ? 0 : choices.sources().indexOf(variables.source()) + 1);
    }

    private Variables chosenVariables() {
        List<String> agencies = new ArrayList<>(choices.agencies().keySet());
        int a = agency.getSelectionIndex();
        int l = level.getSelectionIndex();
        int s = source.getSelectionIndex();
        return new Variables(a > 0 ? agencies.get(a - 1) : null, l > 0 ? choices.levels().get(l - 1) : null,
                s > 0 ? choices.sources().get(s - 1) : null);
    }

    private void chosen() {
        int index = chooser.getSelectionIndex();
        if (index < 0 || index >= dashboards.size() || dashboards.get(index) == shown) {
            return;
        }
        if (editing() && edits.isDirty() && !MessageDialog.openQuestion(chooser.getShell(), Messages.Edit_discard,
                NLS.bind(Messages.Edit_unsaved, shown.title().in(Locale.getDefault())))) {
            chooser.select(ids().indexOf(shown.id()));
            return;
        }
        stopEditing();
        open(dashboards.get(index));
    }

    /** Shows a dashboard as its file has it: its range, filter and variables, then its panels. */
    private void open(Dashboard dashboard) {
        LOG.log(System.Logger.Level.INFO, "Dashboard opened: {0}, {1} panels", dashboard.id(), //$NON-NLS-1$
                dashboard.panels().size());
        shown = dashboard;
        if (!range.selectRelative(dashboard.time().to().equals("now") ? dashboard.time().from() : "")) { //$NON-NLS-1$ //$NON-NLS-2$
            try {
                range.setAbsolute(dashboard.time().resolve(Clock.systemUTC().instant()));
            } catch (IllegalArgumentException e) {
                line.problem(e.getMessage());
            }
        }
        filter.setText(dashboard.filter());
        showVariables(dashboard.variables());
        rebuild();
        runAll();
    }

    // ---- panels

    private void rebuild() {
        cancelAll();
        views.forEach(view -> view.control().dispose());
        views.clear();
        for (Panel panel : shown.panels()) {
            views.add(new PanelView(grid, panel, this, ui));
        }
        fitGrid();
    }

    private void fitGrid() {
        boolean none = shown != null && shown.panels().isEmpty();
        ((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !none;
        empty.setVisible(none);
        int width = scroller.getClientArea().width;
        scroller.setMinSize(grid.computeSize(width, SWT.DEFAULT));
        grid.layout(true);
        top.layout(true);
    }

    /** The dashboard as on screen: the filter typed in replaces the file's. */
    private Dashboard onScreen() {
        return new Dashboard(shown.id(), shown.title(), shown.description(), shown.time(), filter.getText(),
                shown.variables(), shown.panels());
    }

    private void runAll() {
        if (shown == null || runner == null) {
            return;
        }
        try {
            KqlParser.parse(filter.getText());
        } catch (QuerySyntaxException e) {
            line.problem(NLS.bind(Messages.Part_badFilter, e.getMessage()));
            return;
        }
        line.info(""); //$NON-NLS-1$
        Instant now = Clock.systemUTC().instant();
        settings = new RunSettings(range.resolve(now), chosenVariables(), ZoneId.systemDefault(), Locale.getDefault(),
                now);
        finished = 0;
        withoutFigures = 0;
        stale = false;
        Dashboard dashboard = onScreen();
        LOG.log(System.Logger.Level.INFO, "Dashboard {0} running {1} panels over {2} .. {3}", dashboard.id(), //$NON-NLS-1$
                views.size(), settings.range().from(), settings.range().to());
        views.forEach(view -> view.run(dashboard, settings, runner));
        armRefresh();
    }

    private void cancelAll() {
        views.forEach(PanelView::cancel);
    }

    @Override
    public void finished(PanelFigures figures) {
        finished++;
        if (figures.outcome() != PanelFigures.Outcome.OK) {
            withoutFigures++;
        }
        if (finished == views.size()) {
            LOG.log(System.Logger.Level.INFO, "Dashboard {0} shown: {1} panels, {2} without figures", shown.id(), //$NON-NLS-1$
                    finished, withoutFigures);
        }
    }

    private void armRefresh() {
        top.getDisplay().timerExec(-1, autoRefresh);
        int seconds = REFRESH_SECONDS[Math.max(0, refresh.getSelectionIndex())];
        if (seconds > 0 && top.isVisible()) {
            top.getDisplay().timerExec(seconds * 1000, autoRefresh);
        }
    }

    private void autoRefresh() {
        if (!top.isDisposed() && top.isVisible() && !editing()) {
            runAll();
        }
    }

    /** Another perspective shown is leaving the dashboard; this one shown again is coming back. */
    @Inject
    @Optional
    void perspectiveSelected(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (top == null || top.isDisposed()
                || !(event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPerspectiveStack)) {
            return;
        }
        if (event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective shownNow
                && VigilUi.PERSPECTIVE_DASHBOARDS.equals(shownNow.getElementId())) {
            returned();
        } else if (event.getProperty(UIEvents.EventTags.OLD_VALUE) instanceof MPerspective before
                && VigilUi.PERSPECTIVE_DASHBOARDS.equals(before.getElementId())) {
            left();
        }
    }

    private void left() {
        boolean running = views.stream().anyMatch(view -> view.figures().isEmpty()
                || view.figures().get().outcome() == PanelFigures.Outcome.CANCELLED);
        cancelAll();
        stale = stale || running || refresh.getSelectionIndex() > 0;
        if (running) {
            LOG.log(System.Logger.Level.INFO, "Dashboard left: panels still running cancelled"); //$NON-NLS-1$
        }
        top.getDisplay().timerExec(-1, autoRefresh);
    }

    private void returned() {
        if (stale) {
            LOG.log(System.Logger.Level.INFO, "Dashboard shown again: running its panels again"); //$NON-NLS-1$
            runAll();
        }
    }

    // ---- what panels ask of the dashboard

    @Override
    public Cells cells() {
        return cells;
    }

    @Override
    public java.util.Optional<PanelChart> chart(PanelFigures figures) {
        return PanelCharts.chart(figures, settings, dark() ? ChartTheme.DARK : ChartTheme.LIGHT);
    }

    private boolean dark() {
        return themes != null && themes.getActiveTheme() != null && themes.getActiveTheme().getId().endsWith(DARK);
    }

    /** The operator picked another theme: charts are drawn again in its colours. */
    @Inject
    @Optional
    void themeChanged(@UIEventTopic(IThemeEngine.Events.THEME_CHANGED) Event event) {
        if (grid != null && !grid.isDisposed() && shown != null) {
            runAll();
        }
    }

    @Override
    public void drillRow(PanelFigures figures, List<Object> row) {
        Panel panel = figures.panel();
        if (panel.kind().data() == PanelKind.Data.CASES) {
            navigator.showCases(Drills.cases(panel, figures.current(), row));
            return;
        }
        if (panel.kind().data() == PanelKind.Data.REGISTRY) {
            navigator.showRegistry(Drills.registry(panel, figures.current(), row));
            return;
        }
        TimeRange bucket = Drills.bucket(figures.current(), row, settings.range()).orElse(settings.range());
        search(panel, Drills.rowValues(panel, figures.current(), row), bucket);
    }

    @Override
    public void drillChart(PanelChart chart, ChartEntity entity) {
        Panel panel = chart.figures().panel();
        chart.drill(entity).ifPresent(drill -> {
            switch (panel.kind().data()) {
                case EVENTS -> search(panel, drill.hasValue() ? Map.of(drill.field(), drill.value()) : Map.of(),
                        drill.range());
                case CASES -> navigator.showCases(Drills.cases(panel, drill));
                case REGISTRY -> navigator.showRegistry(Drills.registry(drill));
            }
        });
    }

    private void search(Panel panel, Map<String, String> values, TimeRange bucket) {
        Dashboard dashboard = onScreen();
        RunSettings run = settings;
        // The variables' systems come from the registry: read off the UI thread.
        Background.run(Messages.Drill_job, top, ui, () -> runner.variablesKql(dashboard, run), variables -> {
            String query = Drills.query(dashboard, panel, variables, values);
            LOG.log(System.Logger.Level.INFO, "Dashboard drill-down from {0}: {1} over {2} .. {3}", panel.id(), //$NON-NLS-1$
                    query, bucket.from(), bucket.to());
            if (!navigator.search(new Navigator.SearchRequest(query, bucket.from(), bucket.to()))) {
                line.problem(Messages.Drill_noInvestigate);
            }
        }, e -> line.problem(e.getMessage()));
    }

    @Override
    public void say(String message, boolean problem) {
        line.say(message, problem);
    }

    @Override
    public void inBackground(String name, Background.Work<Void> work, Runnable done,
            java.util.function.Consumer<Exception> failed) {
        Background.run(name, top, ui, work, nothing -> done.run(), failed);
    }

    // ---- edit mode

    @Override
    public boolean editing() {
        return edits != null;
    }

    private void toggleEdit() {
        if (shown == null) {
            editButton.setSelection(false);
            return;
        }
        if (editButton.getSelection()) {
            edits = new DashboardEdits(onScreen());
            showEditBar(true);
            views.forEach(view -> view.showPanel(view.panel()));
            enableUndo();
        } else {
            doneEditing();
        }
    }

    private void doneEditing() {
        if (edits != null && edits.isDirty() && !MessageDialog.openQuestion(chooser.getShell(), Messages.Edit_discard,
                NLS.bind(Messages.Edit_unsaved, shown.title().in(Locale.getDefault())))) {
            editButton.setSelection(true);
            return;
        }
        boolean changed = edits != null && edits.isDirty();
        stopEditing();
        if (changed) {
            open(dashboards.get(Math.max(0, ids().indexOf(shown.id()))));
        } else {
            views.forEach(view -> view.showPanel(view.panel()));
        }
    }

    private void stopEditing() {
        edits = null;
        editButton.setSelection(false);
        showEditBar(false);
    }

    private void showEditBar(boolean visible) {
        editBar.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) editBar.getLayoutData()).exclude = !visible;
        editBar.getParent().layout(true);
    }

    private void enableUndo() {
        undo.setEnabled(edits.canUndo());
        redo.setEnabled(edits.canRedo());
        undo.setText(edits.canUndo() ? NLS.bind(Messages.Edit_undoWhat, edits.undoLabel()) : Messages.Edit_undo);
        redo.setText(edits.canRedo() ? NLS.bind(Messages.Edit_redoWhat, edits.redoLabel()) : Messages.Edit_redo);
        editBar.layout(true);
    }

    @Override
    public void edit(PanelView view, PanelEdit edit) {
        Panel panel = view.panel();
        String name = panel.title().in(Locale.getDefault());
        if (edit.places()) {
            showEdited(edits.apply(NLS.bind(edit.resizes() ? Messages.Edit_resize : Messages.Edit_move, name),
                    d -> DashboardEdits.place(d, panel.id(), edit.apply(panel.grid()))));
        } else if (edit == PanelEdit.REMOVE) {
            showEdited(edits.apply(NLS.bind(Messages.Edit_removed, name), d -> DashboardEdits.remove(d, panel.id())));
        } else {
            PanelDialog dialog = new PanelDialog(grid.getShell(), panel);
            if (dialog.open() == Window.OK) {
                showEdited(edits.apply(NLS.bind(Messages.Edit_changed, name),
                        d -> DashboardEdits.replace(d, dialog.panel())));
            }
        }
    }

    private void addPanel() {
        Dashboard current = edits.current();
        PanelDialog dialog = new PanelDialog(grid.getShell(), PanelDialog.newPanel(current));
        if (dialog.open() == Window.OK) {
            Panel added = dialog.panel();
            showEdited(edits.apply(NLS.bind(Messages.Edit_added, added.title().in(Locale.getDefault())),
                    d -> DashboardEdits.add(d, added)));
        }
    }

    /**
     * Brings the panels on screen in line with the edited dashboard: a panel only moved keeps its
     * figures, a new or changed one is computed again.
     */
    private void showEdited(Dashboard edited) {
        Map<String, PanelView> byId = new LinkedHashMap<>();
        views.forEach(view -> byId.put(view.panel().id(), view));
        List<PanelView> kept = new ArrayList<>();
        Dashboard dashboard = new Dashboard(edited.id(), edited.title(), edited.description(), edited.time(),
                filter.getText(), edited.variables(), edited.panels());
        for (Panel panel : edited.panels()) {
            PanelView view = byId.remove(panel.id());
            boolean rerun = view == null || !sameFigures(view.panel(), panel);
            if (view == null) {
                view = new PanelView(grid, panel, this, ui);
            } else {
                view.showPanel(panel);
            }
            if (rerun && settings != null) {
                view.run(dashboard, settings, runner);
            }
            kept.add(view);
        }
        byId.values().forEach(view -> view.control().dispose());
        views.clear();
        views.addAll(kept);
        shown = edited;
        enableUndo();
        fitGrid();
    }

    private static boolean sameFigures(Panel a, Panel b) {
        return a.kind() == b.kind() && a.query().equals(b.query()) && a.fields().equals(b.fields())
                && a.size() == b.size() && a.metric().equals(b.metric()) && a.split().equals(b.split())
                && a.style() == b.style() && a.compare() == b.compare() && a.title().equals(b.title());
    }

    /** @return the dashboard on screen with its edits, and the filter and variables chosen */
    private Dashboard current() {
        Dashboard d = editing() ? edits.current() : shown;
        return new Dashboard(d.id(), d.title(), d.description(), d.time(), filter.getText(), chosenVariables(),
                d.panels());
    }

    @PreDestroy
    void dispose() {
        cancelAll();
        if (top != null && !top.isDisposed()) {
            top.getDisplay().timerExec(-1, autoRefresh);
        }
    }
}
