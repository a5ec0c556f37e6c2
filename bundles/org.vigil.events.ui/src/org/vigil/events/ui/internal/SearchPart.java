package org.vigil.events.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.RegisteredSource;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;
import org.vigil.events.SourceRegistry;
import org.vigil.events.TopTerms;
import org.vigil.query.KqlParser;
import org.vigil.query.KqlText;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;
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
    private static final int HISTOGRAM_BARS = 60;
    private static final int TOP_VALUES = 5;

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

    private Combo sourceCombo;
    private Combo syntaxCombo;
    private Combo queryText;
    private final QueryHistory history = new QueryHistory();
    private final FieldNameProposals fieldNames = new FieldNameProposals();
    private final SavedSearches saved = new SavedSearches();
    private Combo rangeCombo;
    private Button cancelButton;
    private Label errorLabel;
    private Label statusLabel;
    private Table table;
    private List<RegisteredSource> sources = List.of();
    private Job running;
    private Cancellation cancellation = Cancellation.none();
    private HitList hits;
    private EventDetail detail;
    private ResultColumns columns;
    private boolean newestFirst = true;
    private HitHistogram histogram;
    private TimeRange customRange;
    private FieldSidebar sidebar;
    private RegisteredSource searchedSource;
    private EventQuery searchedQuery;
    private boolean loadPending;

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createQueryBar(parent);
        errorLabel = new Label(parent, SWT.WRAP);
        // A colour set here would lose to the theme's label colour; the themes style this class.
        errorLabel.setData("org.eclipse.e4.ui.css.CssClassName", VigilUi.CSS_CLASS_ERROR); //$NON-NLS-1$
        errorLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        statusLabel = new Label(parent, SWT.NONE);
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sidebar = new FieldSidebar(sides, this::loadTopValues, this::narrow, field -> columns.toggle(field));
        SashForm split = new SashForm(sides, SWT.VERTICAL);
        sides.setWeights(1, 4);
        histogram = new HitHistogram(split, this::narrowTo);
        createTable(split);
        detail = new EventDetail(split, this::narrow, field -> columns.toggle(field));
        split.setWeights(1, 3, 2);
        refreshSources();
    }

    private void createQueryBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(8, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sourceCombo = new Combo(bar, SWT.READ_ONLY);
        syntaxCombo = new Combo(bar, SWT.READ_ONLY);
        syntaxCombo.setItems(Messages.Search_kql, Messages.Search_lucene);
        syntaxCombo.select(0);
        queryText = new Combo(bar, SWT.DROP_DOWN);
        queryText.setItems(history.queries().toArray(String[]::new));
        queryText.setToolTipText(Messages.Search_queryHint);
        queryText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        queryText.addListener(SWT.DefaultSelection, event -> search());
        ContentProposalAdapter completion = new ContentProposalAdapter(queryText, new ComboContentAdapter(),
                fieldNames, KeyStroke.getInstance(SWT.MOD1, ' '), null);
        completion.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
        rangeCombo = new Combo(bar, SWT.READ_ONLY);
        for (QuickRange range : QuickRange.values()) {
            rangeCombo.add(range.label());
        }
        rangeCombo.select(QuickRange.LAST_24_HOURS.ordinal());
        Button searchButton = new Button(bar, SWT.PUSH);
        searchButton.setText(Messages.Search_button);
        searchButton.addListener(SWT.Selection, event -> search());
        cancelButton = new Button(bar, SWT.PUSH);
        cancelButton.setText(Messages.Search_cancel);
        cancelButton.setEnabled(false);
        cancelButton.addListener(SWT.Selection, event -> cancel());
        Button exportButton = new Button(bar, SWT.PUSH);
        exportButton.setText(Messages.Export_button);
        exportButton.addListener(SWT.Selection, event -> export());
        Button savedButton = new Button(bar, SWT.PUSH);
        savedButton.setText(Messages.Saved_button);
        savedButton.addListener(SWT.Selection, event -> showSavedMenu(savedButton));
    }

    private void createTable(Composite parent) {
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        columns = new ResultColumns(table);
        table.setSortColumn(columns.timeColumn());
        table.setSortDirection(SWT.DOWN);
        columns.timeColumn().addListener(SWT.Selection, event -> toggleSortOrder());
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
        table.addListener(SWT.Selection, event -> showSelected());
        menus.registerContextMenu(table, VigilUi.POPUP_SEARCH_RESULTS);
        table.addListener(SWT.KeyDown, event -> {
            if (event.stateMask == SWT.MOD1 && (event.keyCode == 'c' || event.keyCode == 'C')) {
                copySelection();
            }
        });
    }

    private void toggleSortOrder() {
        newestFirst = !newestFirst;
        table.setSortDirection(newestFirst ? SWT.DOWN : SWT.UP);
        search();
    }

    /** Copies the selected hits as NDJSON, the form every other tool reads back. */
    private void copySelection() {
        StringBuilder text = new StringBuilder();
        for (int index : table.getSelectionIndices()) {
            Event event = hits == null ? null : hits.get(index);
            if (event != null) {
                text.append(EcsNdjson.json(event, false)).append(System.lineSeparator());
            }
        }
        if (!text.isEmpty()) {
            Clipboard clipboard = new Clipboard(table.getDisplay());
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
        }
    }

    private void refreshSources() {
        sources = registry == null ? List.of() : registry.sources();
        sourceCombo.setItems(sources.stream().map(source -> source.descriptor().displayName()).toArray(String[]::new));
        if (!sources.isEmpty()) {
            sourceCombo.select(0);
        }
        sourceCombo.getParent().layout(true);
    }

    private void search() {
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
        RegisteredSource source = sources.get(sourceCombo.getSelectionIndex());
        int range = rangeCombo.getSelectionIndex();
        EventQuery eventQuery = new EventQuery(query, range < QuickRange.values().length
                ? QuickRange.values()[range].at(Clock.systemUTC().instant()) : customRange);
        start(source, eventQuery);
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

    private void showSavedMenu(Button anchor) {
        Menu menu = new Menu(anchor);
        menuItem(menu, Messages.Saved_save, this::saveSearch);
        List<String> names = saved.names();
        if (!names.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
            names.forEach(name -> menuItem(menu, name, () -> saved.find(name).ifPresent(this::open)));
            MenuItem delete = new MenuItem(menu, SWT.CASCADE);
            delete.setText(Messages.Saved_delete);
            Menu deleteMenu = new Menu(delete);
            delete.setMenu(deleteMenu);
            names.forEach(name -> menuItem(deleteMenu, name, () -> saved.delete(name)));
        }
        Point corner = anchor.toDisplay(0, anchor.getSize().y);
        menu.setLocation(corner);
        menu.setVisible(true);
    }

    private static void menuItem(Menu menu, String label, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private void saveSearch() {
        InputDialog dialog = new InputDialog(table.getShell(), Messages.Saved_title, Messages.Saved_prompt, "",
                name -> name.isBlank() || name.contains("/") ? Messages.Saved_badName : null);
        if (dialog.open() != Window.OK || sourceCombo.getSelectionIndex() < 0) {
            return;
        }
        int range = rangeCombo.getSelectionIndex() < QuickRange.values().length ? rangeCombo.getSelectionIndex() : -1;
        saved.save(new SavedSearches.Saved(dialog.getValue().strip(), queryText.getText(),
                syntaxCombo.getSelectionIndex() == 1, range, range < 0 ? customRange.from().toEpochMilli() : 0,
                range < 0 ? customRange.to().toEpochMilli() : 0, columns.fields(),
                sources.get(sourceCombo.getSelectionIndex()).descriptor().id()));
    }

    private void open(SavedSearches.Saved search) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).descriptor().id().equals(search.source())) {
                sourceCombo.select(i);
            }
        }
        syntaxCombo.select(search.lucene() ? 1 : 0);
        queryText.setText(search.query());
        columns.show(search.columns());
        if (search.range() >= 0) {
            rangeCombo.select(search.range());
            search();
        } else {
            narrowTo(new TimeRange(Instant.ofEpochMilli(search.from()), Instant.ofEpochMilli(search.to())));
        }
    }

    private void export() {
        RegisteredSource source = searchedSource;
        EventQuery query = searchedQuery;
        if (source == null) {
            return;
        }
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.ndjson" });
        dialog.setFileName("vigil-export.ndjson");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Cancellation token = new Cancellation();
        cancellation = token;
        cancelButton.setEnabled(true);
        SearchRequest request = new SearchRequest(query, Event.TIMESTAMP, !newestFirst, PAGE, null);
        Job.create(NLS.bind(Messages.Export_job, file), (IProgressMonitor monitor) -> {
            try {
                long written = HitExport.toNdjson(source.source(), request, Path.of(file),
                        count -> ui.asyncExec(() -> showStatus(token, NLS.bind(Messages.Export_progress, count, file))),
                        token);
                ui.asyncExec(() -> showStatus(token, NLS.bind(Messages.Export_done, written, file)));
            } catch (SourceException e) {
                ui.asyncExec(() -> showFailure(token, e));
            } catch (IOException e) {
                ui.asyncExec(() -> showStatus(token, NLS.bind(Messages.Export_failed, file, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
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

    private void start(RegisteredSource source, EventQuery query) {
        searchedSource = source;
        searchedQuery = query;
        String name = source.descriptor().displayName();
        Cancellation token = new Cancellation();
        HitList list = new HitList(source.source(),
                new SearchRequest(query, Event.TIMESTAMP, !newestFirst, PAGE, null));
        cancellation = token;
        statusLabel.setText(NLS.bind(Messages.Search_running, name));
        histogram.clear();
        cancelButton.setEnabled(true);
        long started = System.nanoTime();
        running = Job.create(NLS.bind(Messages.Search_job, name), (IProgressMonitor monitor) -> {
            try {
                list.ensureLoaded(0, token);
                Histogram counts = source.source().histogram(query, HISTOGRAM_BARS, localOffset(), token);
                List<FieldInfo> known = source.source().fields(token);
                ui.asyncExec(() -> {
                    if (!histogram.control().isDisposed() && token == cancellation) {
                        histogram.show(counts);
                        sidebar.showFields(known);
                        fieldNames.setFields(known.stream().map(FieldInfo::name).toList());
                    }
                });
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.log(System.Logger.Level.INFO, "Search on {0} found {1} hits in {2} ms",
                        source.descriptor().id(), Long.toString(list.total()), Long.toString(millis));
                ui.asyncExec(() -> showHits(list, token, NLS.bind(Messages.Search_hits,
                        new Object[] { list.total(), millis, name })));
                return Status.OK_STATUS;
            } catch (SourceException e) {
                ui.asyncExec(() -> showFailure(token, e));
                return Status.OK_STATUS;
            }
        });
        running.setUser(false);
        running.schedule();
    }

    private void showHits(HitList list, Cancellation token, String status) {
        if (table.isDisposed() || token != cancellation) {
            return;
        }
        hits = list;
        loadPending = false;
        cancelButton.setEnabled(false);
        statusLabel.setText(status);
        table.deselectAll();
        table.clearAll();
        table.setItemCount((int) Math.min(Integer.MAX_VALUE, list.total()));
        detail.clear();
        statusLabel.getParent().layout(true);
    }

    private void showFailure(Cancellation token, SourceException e) {
        if (statusLabel.isDisposed() || token != cancellation) {
            return;
        }
        cancelButton.setEnabled(false);
        statusLabel.setText(e.kind() == SourceException.Kind.CANCELLED ? Messages.Search_cancelled
                : NLS.bind(Messages.Search_failed, e.getMessage()));
    }

    private void fill(TableItem item, int index) {
        HitList list = hits;
        Event event = list == null ? null : list.get(index);
        if (event == null) {
            loadLater(list, index);
            return;
        }
        columns.fill(item, event);
    }

    private void loadLater(HitList list, int index) {
        // One fetch at a time: when it lands, clearing the rows asks for the visible ones again.
        if (list == null || loadPending) {
            return;
        }
        loadPending = true;
        Cancellation token = cancellation;
        Job.create(Messages.Search_job, (IProgressMonitor monitor) -> {
            try {
                int before = list.loadedCount();
                list.ensureLoaded(index, token);
                ui.asyncExec(() -> {
                    loadPending = false;
                    if (!table.isDisposed() && list == hits) {
                        table.clear(before, Math.min(table.getItemCount(), list.loadedCount()) - 1);
                    }
                });
            } catch (SourceException e) {
                ui.asyncExec(() -> {
                    loadPending = false;
                    showFailure(token, e);
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void showSelected() {
        publishSelection();
        int index = table.getSelectionIndex();
        Event event = hits == null || index < 0 ? null : hits.get(index);
        if (event != null) {
            detail.show(event);
            LOG.log(System.Logger.Level.INFO, "Showing event {0}", event.id());
        }
    }

    private void publishSelection() {
        List<Event> selected = hits == null ? List.of()
                : IntStream.of(table.getSelectionIndices()).mapToObj(hits::get).filter(Objects::nonNull).toList();
        context.set(VigilUi.SELECTED_EVENTS_SOURCE, searchedSource == null ? null : searchedSource.descriptor());
        context.set(VigilUi.SELECTED_EVENTS, selected);
    }

    private void narrowTo(TimeRange range) {
        customRange = range;
        String label = NLS.bind(Messages.Range_custom, ResultColumns.LOCAL_TIME.format(range.from().atZone(ZoneId.systemDefault())),
                ResultColumns.LOCAL_TIME.format(range.to().atZone(ZoneId.systemDefault())));
        if (rangeCombo.getItemCount() > QuickRange.values().length) {
            rangeCombo.remove(QuickRange.values().length);
        }
        rangeCombo.add(label);
        rangeCombo.select(QuickRange.values().length);
        rangeCombo.getParent().layout(true);
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
        if (cancelButton != null && !cancelButton.isDisposed()) {
            cancelButton.setEnabled(false);
        }
    }

    @Focus
    void focus() {
        queryText.setFocus();
    }

    @PreDestroy
    void dispose() {
        cancel();
    }

}
