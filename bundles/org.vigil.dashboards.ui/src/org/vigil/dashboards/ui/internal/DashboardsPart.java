package org.vigil.dashboards.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.entity.ChartEntity;
import org.osgi.service.event.Event;
import org.vigil.cases.CaseStores;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.PanelKind;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.charts.ChartTheme;
import org.vigil.dashboards.charts.PanelChart;
import org.vigil.dashboards.charts.PanelCharts;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.Navigator;
import org.vigil.ui.SourceTimeLimit;
import org.vigil.ui.VigilUi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Dashboards perspective's part: a dashboard chosen among the shipped and saved ones
 * ({@link DashboardBar}), its panels ({@link PanelGrid}) and {@link EditMode}. It decides when the
 * panels run: on opening, on a change of range, filter or variables, on auto-refresh while the
 * perspective shows, and again on coming back to a dashboard left while its panels ran. Leaving
 * the perspective, switching dashboard or closing cancels the panels still running.
 */
public final class DashboardsPart implements PanelHost, DashboardBar.Actions, EditMode.Screen {

    private static final System.Logger LOG = System.getLogger(DashboardsPart.class.getName());
    /** The dashboard a new workspace opens with. */
    private static final String FIRST = "soc-overview"; //$NON-NLS-1$
    private static final String DARK = "dark"; //$NON-NLS-1$

    private final UISynchronize ui;
    private final DashboardStore store;
    private final DashboardRunner runner;
    private final Navigator navigator;
    private final IThemeEngine themes;
    private final Cells cells = new Cells(Locale.getDefault(), ZoneId.systemDefault());
    private final Runnable autoRefresh = this::autoRefresh;
    private List<Dashboard> dashboards = List.of();
    private Dashboard shown;
    private RunSettings settings;
    private boolean stale;

    private Composite top;
    private DashboardBar bar;
    private EditMode editMode;
    private MessageLine line;
    private PanelGrid panels;

    /** The case stores, whose settings name the reporting unit of scheduled reports. */
    @Inject
    @Optional
    @Service
    private CaseStores cases;

    /**
     * @param ui the UI thread
     * @param store the dashboards of the workspace
     * @param runner computes the panels
     * @param navigator the way to Investigate, the case list and the registry
     * @param themes the theme engine, whose light or dark theme the charts follow
     */
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
        bar = new DashboardBar(parent, this);
        panels = new PanelGrid(parent, this, ui);
        line = new MessageLine(parent, 1);
        DashboardFiles files = new DashboardFiles(store, ui, panels.control(), line, this, new DashboardFiles.Screen() {
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
                editMode.saved(saved);
                shown = saved;
                loadDashboards(saved.id(), false);
            }

            @Override
            public void imported(Dashboard imported) {
                stopEditing();
                loadDashboards(imported.id(), true);
            }
        });
        editMode = new EditMode(parent, files, this);
        // Made last because it acts on the files, which need the grid and the line; shown above the panels.
        editMode.placeAbove(panels.first());
        if (store == null || runner == null) {
            line.problem(Messages.Part_noService);
            return;
        }
        loadDashboards(FIRST, true);
        Background.run(Messages.Part_agency, parent, ui, runner::choices, offered -> bar.offer(offered, shown),
                e -> line.problem(NLS.bind(Messages.Part_choicesFailed, e.getMessage())));
    }

    @Override
    public void schedules() {
        if (store != null && runner != null) {
            new SchedulesDialog(top.getShell(), store, runner, cases, ui).open();
        }
    }

    // ---- dashboards

    /**
     * @param select the id of the dashboard to select in the list
     * @param open whether to open it, or only to list it (it is on screen after a save)
     */
    private void loadDashboards(String select, boolean open) {
        Background.run(Messages.Part_dashboard, top, ui, store::list, list -> {
            dashboards = list;
            bar.list(list.stream().map(this::label).toList(), Math.max(0, ids().indexOf(select)));
            if (!store.problems().isEmpty()) {
                line.problem(NLS.bind(Messages.Part_problems, String.join("; ", store.problems()))); //$NON-NLS-1$
            }
            if (!list.isEmpty() && open) {
                open(list.get(bar.chosenIndex()));
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

    @Override
    public void chosen() {
        int index = bar.chosenIndex();
        if (index < 0 || index >= dashboards.size() || dashboards.get(index) == shown) {
            return;
        }
        if (!editMode.mayLeave()) {
            bar.choose(ids().indexOf(shown.id()));
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
        bar.show(dashboard).ifPresent(line::problem);
        panels.show(dashboard);
        runAll();
    }

    /** The dashboard as on screen: the filter typed in replaces the file's. */
    @Override
    public Dashboard onScreen() {
        return withFilter(shown);
    }

    private Dashboard withFilter(Dashboard d) {
        return new Dashboard(d.id(), d.title(), d.description(), d.time(), bar.filter(), d.variables(), d.panels());
    }

    /** @return the dashboard on screen with its edits, and the filter and variables chosen */
    private Dashboard current() {
        Dashboard d = editing() ? editMode.current() : shown;
        return new Dashboard(d.id(), d.title(), d.description(), d.time(), bar.filter(), bar.variables(),
                d.panels());
    }

    // ---- running the panels

    @Override
    public void runAll() {
        if (shown == null || runner == null) {
            return;
        }
        try {
            KqlParser.parse(bar.filter());
        } catch (QuerySyntaxException e) {
            line.problem(NLS.bind(Messages.Part_badFilter, e.getMessage()));
            return;
        }
        line.info(""); //$NON-NLS-1$
        Instant now = Clock.systemUTC().instant();
        settings = new RunSettings(bar.range(now), bar.variables(), ZoneId.systemDefault(), Locale.getDefault(), now,
                SourceTimeLimit.get());
        stale = false;
        panels.run(onScreen(), settings, runner);
        refreshChanged();
    }

    @Override
    public void finished(PanelFigures figures) {
        panels.finished(figures);
    }

    @Override
    public void refreshChanged() {
        top.getDisplay().timerExec(-1, autoRefresh);
        int seconds = bar.refreshSeconds();
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
        boolean running = panels.unfinished();
        panels.cancel();
        stale = stale || running || bar.refreshSeconds() > 0;
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
        if (panels != null && !panels.control().isDisposed() && shown != null) {
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
        return editMode.editing();
    }

    @Override
    public void editToggled() {
        if (shown == null) {
            bar.pressEdit(false);
        } else if (bar.editPressed()) {
            editMode.start();
            panels.showPanels();
        } else if (!editMode.done()) {
            bar.pressEdit(true);
        }
    }

    private void stopEditing() {
        editMode.stop();
        bar.pressEdit(false);
    }

    @Override
    public void edit(PanelView view, PanelEdit edit) {
        editMode.edit(view, edit);
    }

    @Override
    public void showEdited(Dashboard edited) {
        panels.showEdited(withFilter(edited), settings, runner);
        shown = edited;
    }

    @Override
    public void discarded() {
        bar.pressEdit(false);
        open(dashboards.get(Math.max(0, ids().indexOf(shown.id()))));
    }

    @Override
    public void ended() {
        bar.pressEdit(false);
        panels.showPanels();
    }

    @PreDestroy
    void dispose() {
        if (panels != null) {
            panels.cancel();
        }
        if (top != null && !top.isDisposed()) {
            top.getDisplay().timerExec(-1, autoRefresh);
        }
    }
}
