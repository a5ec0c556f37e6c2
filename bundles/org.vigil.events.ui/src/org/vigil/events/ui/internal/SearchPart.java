package org.vigil.events.ui.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.charts.ChartTheme;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.HitPages;
import org.vigil.events.MultiSource;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.SourceListener;
import org.vigil.events.SourceRegistry;
import org.vigil.events.TopTerms;
import org.vigil.ingest.LogFormats;
import org.vigil.query.KqlParser;
import org.vigil.query.KqlText;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
import org.vigil.query.ValueCompletion;
import org.vigil.ui.ErrorLabel;
import org.vigil.ui.Navigator;
import org.vigil.ui.RangePicker;
import org.vigil.ui.SourceTimeLimit;
import org.vigil.ui.VigilUi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Discover on the desktop: a query bar, a time range, and a virtual table of hits that loads
 * pages as the operator scrolls. Every search runs in a job and can be cancelled; a query the
 * parser rejects is marked in the query bar with the reason under it.
 */
public final class SearchPart {

    private static final System.Logger LOG = System.getLogger(SearchPart.class.getName());
    private static final int PAGE = 500;
    /** Pages of hits kept in memory while scrolling: 6,000 hits, a few megabytes. */
    private static final int KEPT_PAGES = 12;
    private static final int HISTOGRAM_BARS = 60;
    private static final int TOP_VALUES = 5;
    private static final int QUERY_WIDTH = 220;
    /** For a choice not searched now (completion, the status line, a saved search): nobody to tell. */
    private static final MultiSource.Failures NOT_REPORTED = (source, problem) -> {
        // Only a search reports the sources it left out.
    };

    @Inject
    private UISynchronize ui;
    @Inject
    private IEclipseContext context;
    @Inject
    private EMenuService menus;
    @Inject
    @Optional
    @Service
    private SourceRegistry registry;
    @Inject
    @Optional
    private IStylingEngine styling;
    @Inject
    @Optional
    @Service
    private LogFormats formats;
    @Inject
    private IEventBroker broker;
    @Inject
    @Optional
    private IThemeEngine themes;
    /** Shows the systems of events stored without them; imports store them with every event. */
    @Inject
    @Optional
    @Service
    private EventEnricher enricher;

    private Combo sourceCombo;
    private Combo syntaxCombo;
    private Combo queryText;
    private final QueryHistory history = new QueryHistory();
    private QueryCompletion completion;
    private ExportAction export;
    private RangePicker range;
    private Button cancelButton;
    private Label errorLabel;
    private Label statusLabel;
    private ResultTable results;
    private List<RegisteredSource> sources = List.of();
    private Job running;
    private Cancellation cancellation = Cancellation.none();
    private EventDetail detail;
    private HitHistogram histogram;
    private FieldSidebar sidebar;
    private RegisteredSource searchedSource;
    /** The source whose profile chose the columns, so that choosing it again keeps the operator's. */
    private String profiledSource;
    private EventQuery searchedQuery;
    /** A plugin installed, started or stopped while Vigil runs adds or removes its sources here at once. */
    private final SourceListener sourcesFollower = new SourceListener() {
        @Override
        public void sourceAdded(RegisteredSource source) {
            ui.asyncExec(SearchPart.this::refreshSources);
        }

        @Override
        public void sourceRemoved(RegisteredSource source) {
            ui.asyncExec(SearchPart.this::refreshSources);
        }
    };

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        export = new ExportAction(ui, new ExportHost());
        createQueryBar(parent);
        errorLabel = ErrorLabel.create(parent, 1);
        statusLabel = new Label(parent, SWT.NONE);
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sidebar = new FieldSidebar(sides, this::loadTopValues, this::narrow, field -> results.columns().toggle(field));
        SashForm split = new SashForm(sides, SWT.VERTICAL);
        sides.setWeights(1, 4);
        histogram = new HitHistogram(split, this::narrowTo, chartTheme());
        results = new ResultTable(split, ui, this::showEvent, this::search, this::showPageFailure,
                table -> {
                    menus.registerContextMenu(table, VigilUi.POPUP_SEARCH_RESULTS);
                    FileDrop.onto(table, this::importDropped);
                }, () -> enricher);
        detail = new EventDetail(split, this::narrow, field -> results.columns().toggle(field));
        split.setWeights(1, 3, 2);
        FileDrop.onto(histogram.control(), this::importDropped);
        refreshSources();
        if (registry != null) {
            registry.addListener(sourcesFollower);
        }
        loadFields();
    }

    /**
     * Lists the default source's fields before the first search, for the sidebar and completion;
     * this also opens the source while the operator types, so the first search does not wait for it.
     */
    private void loadFields() {
        RegisteredSource source = selected(NOT_REPORTED);
        if (source == null) {
            return;
        }
        Cancellation token = cancellation;
        Job job = Job.create(NLS.bind(Messages.Search_job, source.descriptor().displayName()),
                (IProgressMonitor monitor) -> {
                    try {
                        List<FieldInfo> known = source.source().fields(token);
                        ui.asyncExec(() -> showFields(token, source, known));
                    } catch (SourceException e) {
                        // The first search reports what is wrong with the source.
                    }
                    return Status.OK_STATUS;
                });
        job.setSystem(true);
        job.schedule();
    }

    /** The profile's top fields come first: they are what the operator looks at in such events. */
    private void showFields(Cancellation token, RegisteredSource source, List<FieldInfo> known) {
        if (!sidebar.control().isDisposed() && token == cancellation) {
            sidebar.showFields(SourceChoice.ordered(ResultColumns.choosable(known), source.source().profile()));
            completion.setFields(known.stream().map(FieldInfo::name).toList());
        }
    }

    private void createQueryBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(8, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sourceCombo = new Combo(bar, SWT.READ_ONLY);
        sourceCombo.addListener(SWT.Selection, event -> {
            completion.forgetValues();
            tellChosenSource();
            showProfileColumns(true);
        });
        syntaxCombo = new Combo(bar, SWT.READ_ONLY);
        syntaxCombo.setItems(Messages.Search_kql, Messages.Search_lucene);
        syntaxCombo.select(0);
        queryText = new Combo(bar, SWT.DROP_DOWN);
        queryText.setItems(history.queries().toArray(String[]::new));
        queryText.setToolTipText(Messages.Search_queryHint);
        // Sized by the layout, not by the longest query in the history, so the buttons stay in view.
        GridData queryLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        queryLayout.widthHint = QUERY_WIDTH;
        queryLayout.minimumWidth = QUERY_WIDTH;
        queryText.setLayoutData(queryLayout);
        queryText.addListener(SWT.DefaultSelection, event -> search());
        completion = new QueryCompletion(queryText, ui, new QueryCompletion.Scope() {
            @Override
            public RegisteredSource source() {
                return selected(NOT_REPORTED);
            }

            @Override
            public TimeRange range() {
                return range.resolve(Clock.systemUTC().instant());
            }

            @Override
            public ValueCompletion.Syntax syntax() {
                return syntaxCombo.getSelectionIndex() == 0 ? ValueCompletion.Syntax.KQL
                        : ValueCompletion.Syntax.LUCENE;
            }
        });
        range = new RangePicker(bar, () -> {
            completion.forgetValues();
            search();
        });
        button(bar, Messages.Search_button, this::search);
        cancelButton = button(bar, Messages.Search_cancel, this::cancel);
        setCancelEnabled(false);
        Button exportButton = button(bar, Messages.Export_button, null);
        exportButton.addListener(SWT.Selection, event -> showExportMenu(exportButton));
        Button savedButton = button(bar, Messages.Saved_button, null);
        SavedSearchMenu savedMenu = new SavedSearchMenu(this::current, this::open);
        savedButton.addListener(SWT.Selection, event -> savedMenu.show(savedButton));
    }

    private static Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        if (action != null) {
            button.addListener(SWT.Selection, event -> action.run());
        }
        return button;
    }

    /**
     * A theme that colours buttons would paint a disabled one like an enabled one; restyling
     * after the change lets the theme's {@code :disabled} rule apply.
     */
    private void setCancelEnabled(boolean enabled) {
        if (cancelButton.isDisposed() || cancelButton.getEnabled() == enabled) {
            return;
        }
        cancelButton.setEnabled(enabled);
        if (styling != null) {
            styling.style(cancelButton);
        }
    }

    /** Lists the registry's sources, keeping the chosen one when it is still there. */
    private void refreshSources() {
        if (sourceCombo.isDisposed()) {
            return;
        }
        int chosen = sourceCombo.getSelectionIndex();
        boolean allChosen = chosen == sources.size() && chosen > 0;
        String chosenId = chosen < 0 || allChosen ? null : sources.get(chosen).descriptor().id();
        sources = registry == null ? List.of() : registry.sources();
        List<String> names = new ArrayList<>(sources.stream().map(source -> source.descriptor().displayName()).toList());
        if (sources.size() > 1) {
            names.add(NLS.bind(Messages.Search_allSources, sources.size()));
        }
        sourceCombo.setItems(names.toArray(String[]::new));
        if (!sources.isEmpty()) {
            sourceCombo.select(allChosen && sources.size() > 1 ? sources.size()
                    : Math.max(0, sources.stream().map(source -> source.descriptor().id()).toList().indexOf(chosenId)));
        }
        sourceCombo.getParent().layout(true);
        tellChosenSource();
        showProfileColumns(false);
    }

    /**
     * Shows the columns the chosen source's profile asks for (Wazuh alerts: agent, level,
     * rule…) when the operator picks that source, or when Investigate opens on it with no column
     * chosen; the operator's own changes stay until another source is picked.
     *
     * @param picked whether the operator picked the source just now
     */
    private void showProfileColumns(boolean picked) {
        RegisteredSource chosen = selected(NOT_REPORTED);
        if (chosen == null || results == null || chosen.descriptor().id().equals(profiledSource)) {
            return;
        }
        profiledSource = chosen.descriptor().id();
        List<String> columns = SourceChoice.columns(chosen.source().profile(), results.columns().fields(), picked);
        if (columns != null) {
            results.columns().show(columns);
        }
    }

    /** The status line names the source searched. */
    private void tellChosenSource() {
        RegisteredSource chosen = selected(NOT_REPORTED);
        if (chosen != null && broker != null) {
            broker.post(VigilUi.TOPIC_SOURCE_CHOSEN, chosen);
        }
    }

    private void search() {
        long started = System.nanoTime();
        cancel();
        errorLabel.setText("");
        if (sourceCombo.getSelectionIndex() < 0) {
            statusLabel.setText(Messages.Search_noSource);
            return;
        }
        QueryNode query;
        try {
            query = syntaxCombo.getSelectionIndex() == 0 ? KqlParser.parse(queryText.getText())
                    : LuceneSyntaxParser.parse(queryText.getText());
        } catch (QuerySyntaxException e) {
            showSyntaxError(e);
            return;
        }
        rememberQuery(queryText.getText());
        AtomicReference<Cancellation> searching = new AtomicReference<>();
        RegisteredSource source = selected((left, problem) -> ui.asyncExec(() -> showLeftOut(searching.get(), left,
                problem)));
        start(source, new EventQuery(query, range.resolve(Clock.systemUTC().instant())), started);
        searching.set(cancellation);
    }

    /**
     * @param leftOut told of a source that failed or was too slow when several are searched
     * @return the source chosen, all of them as one when the last choice is taken, or null
     */
    private RegisteredSource selected(MultiSource.Failures leftOut) {
        return SourceChoice.of(sources, sourceCombo.getSelectionIndex(), SourceTimeLimit.get(), leftOut);
    }

    private void rememberQuery(String query) {
        history.remember(query);
        String typed = queryText.getText();
        queryText.setItems(history.queries().toArray(String[]::new));
        queryText.setText(typed);
    }

    private void showSyntaxError(QuerySyntaxException e) {
        statusLabel.setText("");
        errorLabel.setText(NLS.bind(Messages.Search_syntaxError, e.getMessage()));
        queryText.setSelection(new Point(e.span().start(), Math.max(e.span().end(), e.span().start() + 1)));
        queryText.setFocus();
        errorLabel.getParent().layout(true);
    }

    /** @return the search on screen under a name, or null without a source to search */
    private SavedSearches.Saved current(String name) {
        if (sourceCombo.getSelectionIndex() < 0) {
            return null;
        }
        int quick = range.quickIndex();
        TimeRange absolute = range.resolve(Clock.systemUTC().instant());
        return new SavedSearches.Saved(name, queryText.getText(),
                syntaxCombo.getSelectionIndex() == 1, quick, quick < 0 ? absolute.from().toEpochMilli() : 0,
                quick < 0 ? absolute.to().toEpochMilli() : 0, results.columns().fields(),
                selected(NOT_REPORTED).descriptor().id());
    }

    private void open(SavedSearches.Saved search) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).descriptor().id().equals(search.source())) {
                sourceCombo.select(i);
            }
        }
        syntaxCombo.select(search.lucene() ? 1 : 0);
        queryText.setText(search.query());
        results.columns().show(search.columns());
        if (search.range() >= 0) {
            range.select(search.range());
            search();
        } else {
            narrowTo(new TimeRange(Instant.ofEpochMilli(search.from()), Instant.ofEpochMilli(search.to())));
        }
    }

    private void showExportMenu(Button anchor) {
        Menu menu = new Menu(anchor);
        Shell shell = anchor.getShell();
        SavedSearchMenu.item(menu, Messages.Export_csv, () -> export.csv(shell, this::exportedSearch));
        SavedSearchMenu.item(menu, Messages.Export_ndjson, () -> export.ndjson(shell, this::exportedSearch));
        SavedSearchMenu.showBelow(menu, anchor);
    }

    private ExportAction.Search exportedSearch() {
        return searchedSource == null ? null : new ExportAction.Search(searchedSource, searchedQuery,
                !results.newestFirst(), results.hits() == null ? 0 : results.hits().total(),
                results.columns().exportColumns());
    }

    /** Lends the export the Cancel button and the status line, as a search has them. */
    private final class ExportHost implements ExportAction.Host {
        @Override
        public Cancellation begin() {
            cancel();
            cancellation = new Cancellation();
            setCancelEnabled(true);
            return cancellation;
        }

        @Override
        public void report(Cancellation token, String text, boolean finished) {
            showStatus(token, text);
            if (finished && token == cancellation) {
                setCancelEnabled(false);
            }
        }
    }

    private void showStatus(Cancellation token, String text) {
        if (!statusLabel.isDisposed() && token == cancellation) {
            statusLabel.setText(text);
            statusLabel.getParent().layout(true);
        }
    }

    private void loadTopValues(String field) {
        RegisteredSource source = searchedSource;
        EventQuery query = searchedQuery;
        Cancellation token = cancellation;
        if (source == null) {
            return;
        }
        Job.create(NLS.bind(Messages.Search_job, source.descriptor().displayName()), (IProgressMonitor monitor) -> {
            try {
                TopTerms top = source.source().topTerms(query, field, TOP_VALUES, token);
                ui.asyncExec(() -> {
                    if (!sidebar.control().isDisposed() && token == cancellation) {
                        sidebar.showTopValues(top);
                    }
                });
            } catch (SourceException e) {
                ui.asyncExec(() -> showFailure(token, e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /**
     * Shows the first page as soon as it is there, then the histogram and the fields, which take
     * longer on many hits and are not what the operator reads first.
     */
    private void start(RegisteredSource source, EventQuery query, long started) {
        searchedSource = source;
        searchedQuery = query;
        String name = source.descriptor().displayName();
        Cancellation token = new Cancellation();
        HitPages list = new HitPages(source.source(),
                new SearchRequest(query, Event.TIMESTAMP, !results.newestFirst(), PAGE, null), KEPT_PAGES);
        cancellation = token;
        statusLabel.setText(NLS.bind(Messages.Search_running, name));
        histogram.clear();
        setCancelEnabled(true);
        running = Job.create(NLS.bind(Messages.Search_job, name), (IProgressMonitor monitor) -> {
            try {
                list.ensureLoaded(0, token);
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.log(System.Logger.Level.INFO, "Search on {0} found {1} hits in {2} ms",
                        source.descriptor().id(), Long.toString(list.total()), Long.toString(millis));
                ui.asyncExec(() -> showHits(list, token, started, NLS.bind(Messages.Search_hits,
                        new Object[] { list.total(), millis, name })));
                Histogram counts = source.source().histogram(query, HISTOGRAM_BARS, localOffset(), token);
                List<FieldInfo> known = source.source().fields(token);
                ui.asyncExec(() -> showOverview(token, source, counts, known));
            } catch (SourceException e) {
                ui.asyncExec(() -> showFailure(token, e));
            }
            return Status.OK_STATUS;
        });
        running.setUser(false);
        running.schedule();
    }

    private void showHits(HitPages list, Cancellation token, long started, String status) {
        if (statusLabel.isDisposed() || token != cancellation) {
            return;
        }
        statusLabel.setText(status);
        results.show(list, token, started);
        if (searchedSource.source() instanceof MultiSource
                && !results.columns().fields().contains(MultiSource.SOURCE_FIELD)) {
            // Which source a hit came from is the first thing an operator asks of merged hits.
            results.columns().toggle(MultiSource.SOURCE_FIELD);
        }
        detail.clear();
        statusLabel.getParent().layout(true);
    }

    private void showOverview(Cancellation token, RegisteredSource source, Histogram counts, List<FieldInfo> known) {
        if (histogram.control().isDisposed() || token != cancellation) {
            return;
        }
        histogram.show(counts);
        showFields(token, source, known);
        setCancelEnabled(false);
        String first = SourceChoice.firstTopField(known, source.source().profile());
        if (first != null) {
            sidebar.select(first);
            loadTopValues(first);
        }
    }

    private void showFailure(Cancellation token, SourceException e) {
        if (statusLabel.isDisposed() || token != cancellation) {
            return;
        }
        setCancelEnabled(false);
        statusLabel.setText(e.kind() == SourceException.Kind.CANCELLED ? Messages.Search_cancelled
                : NLS.bind(Messages.Search_failed, e.getMessage()));
    }

    /** The other sources' hits are on screen; this one's problem is said next to them. */
    private void showLeftOut(Cancellation token, SourceDescriptor source, SourceException problem) {
        if (errorLabel.isDisposed() || token != cancellation) {
            return;
        }
        String line = NLS.bind(Messages.Search_sourceLeftOut, source.displayName(), problem.getMessage());
        if (errorLabel.getText().lines().anyMatch(line::equals)) {
            // The histogram, fields and top values of the same search left it out for the same reason.
            return;
        }
        errorLabel.setText(errorLabel.getText().isEmpty() ? line : errorLabel.getText() + "\n" + line); //$NON-NLS-1$
        errorLabel.getParent().layout(true);
    }

    /** A page fetched while scrolling belongs to the search on screen, whatever its token. */
    private void showPageFailure(SourceException e) {
        showFailure(cancellation, e);
    }

    private void showEvent(Event event) {
        publishSelection();
        detail.show(event);
        LOG.log(System.Logger.Level.INFO, "Showing event {0}", event.id());
    }

    /** Leaves the selected hits in the part's context, where other bundles' menu handlers find them. */
    private void publishSelection() {
        context.set(VigilUi.SELECTED_EVENTS_SOURCE, searchedSource == null ? null : searchedSource.descriptor());
        context.set(VigilUi.SELECTED_EVENTS, results.selectedEvents());
    }

    /** Another perspective asked for a search, e.g. a case's observable: run it here. */
    @Inject
    @Optional
    void searchRequested(@UIEventTopic(Navigator.TOPIC_SEARCH) Navigator.SearchRequest request) {
        if (queryText == null || queryText.isDisposed()) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Search requested from another perspective: {0}", request.query());
        syntaxCombo.select(0);
        queryText.setText(request.query());
        range.setAbsolute(new TimeRange(request.from(), request.to()));
        completion.forgetValues();
        search();
    }

    private void narrowTo(TimeRange narrowed) {
        LOG.log(System.Logger.Level.INFO, "Time range set to {0} .. {1}", narrowed.from(), narrowed.to());
        range.setAbsolute(narrowed);
        completion.forgetValues();
        search();
    }

    private static ZoneOffset localOffset() {
        return ZoneId.systemDefault().getRules().getOffset(Instant.now());
    }

    private void narrow(String field, String value, boolean exclude) {
        // Filters are written in KQL: a Lucene-syntax query is switched over with its text kept as a group.
        syntaxCombo.select(0);
        queryText.setText(KqlText.narrow(queryText.getText(), field, value, exclude));
        search();
    }

    private void cancel() {
        cancellation.cancel();
        if (running != null) {
            running.cancel();
        }
        if (cancelButton != null) {
            setCancelEnabled(false);
        }
    }

    /** Files dropped on the hits start the same import as File → Import Events…, with the files chosen. */
    private void importDropped(List<Path> files) {
        if (formats != null && registry != null) {
            ImportDialog.open(statusLabel.getShell(), new Importers(formats, enricher), registry, ui, broker, files);
        }
    }

    /**
     * A source does not announce that its data changed: after an import into the source on
     * screen, the search runs again over its time range up to now, so the new events show.
     */
    @Inject
    @Optional
    void imported(@UIEventTopic(ImportRun.TOPIC_IMPORTED) String sourceId) {
        if (statusLabel == null || statusLabel.isDisposed()) {
            return;
        }
        if (searchedSource != null && searchedSource.descriptor().id().equals(sourceId)) {
            LOG.log(System.Logger.Level.INFO, "Search refreshed after an import into {0}", sourceId);
            start(searchedSource, new EventQuery(searchedQuery.query(), range.resolve(Clock.systemUTC().instant())),
                    System.nanoTime());
        } else if (searchedSource == null && sourceCombo.getSelectionIndex() >= 0
                && sourceCombo.getSelectionIndex() < sources.size()
                && sources.get(sourceCombo.getSelectionIndex()).descriptor().id().equals(sourceId)) {
            search();
        }
    }

    private ChartTheme chartTheme() {
        return VigilUi.isDark(themes) ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    /** The operator picked another theme: the histogram takes its colours at once. */
    @Inject
    @Optional
    void themeChanged(@UIEventTopic(IThemeEngine.Events.THEME_CHANGED) org.osgi.service.event.Event event) {
        if (histogram != null && !histogram.control().isDisposed()) {
            histogram.theme(chartTheme());
        }
    }

    @Focus
    void focus() {
        queryText.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (registry != null) {
            registry.removeListener(sourcesFollower);
        }
        cancel();
        completion.dispose();
        results.columns().saveNow();
    }

}
