package org.vigil.events.ui.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.EventEnricher;
import org.vigil.events.HitPages;
import org.vigil.events.SourceException;

/**
 * The virtual table of hits. Rows are filled as they scroll into view; a row whose page is not in
 * memory stays blank until a job has fetched it, one fetch at a time, and the blank rows are then
 * asked for again. Rows of pages the hit list drops are cleared, so the table holds no more text
 * than the pages in memory.
 */
final class ResultTable {

    private static final System.Logger LOG = System.getLogger(ResultTable.class.getName());
    /** About a tenth of a second of GTK's work each, on the two cores of the benchmark machine. */
    private static final int ROWS_ADDED_AT_ONCE = 100_000;
    private static final int FIRST_ROWS = 1_000;
    private static final int SLICE_PAUSE_MS = 20;
    private static final int ROWS_REMOVED_AT_ONCE = 20_000;
    private static final int DISPOSE_DELAY_MS = 500;

    private final UISynchronize ui;
    private final Composite holder;
    private final StackLayout stack = new StackLayout();
    private final Consumer<Event> selected;
    private final Runnable sortChanged;
    private final Consumer<SourceException> failed;
    private final Consumer<Table> created;
    private final Supplier<EventEnricher> enricher;
    private Table table;
    private ResultColumns columns;
    private final BitSet blank = new BitSet();
    private HitPages hits;
    private Cancellation cancellation = Cancellation.none();
    private boolean loadPending;
    private boolean newestFirst = true;
    private long searchStarted;
    private boolean firstRowsLogged;

    /**
     * @param parent where the table goes
     * @param ui runs fetched pages into the table
     * @param selected told the event the operator selected
     * @param sortChanged told when the operator reverses the time order
     * @param failed told when fetching a page fails
     * @param created told each table made, the first and those that replace it, e.g. to give it a menu
     * @param enricher the enricher imports use now, or null: tags the rows stored without a system
     */
    ResultTable(Composite parent, UISynchronize ui, Consumer<Event> selected, Runnable sortChanged,
            Consumer<SourceException> failed, Consumer<Table> created, Supplier<EventEnricher> enricher) {
        this.ui = ui;
        this.enricher = enricher;
        this.selected = selected;
        this.sortChanged = sortChanged;
        this.failed = failed;
        this.created = created;
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(stack);
        table = createTable();
        stack.topControl = table;
    }

    private Table createTable() {
        Table created = new Table(holder, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        created.setHeaderVisible(true);
        created.setLinesVisible(true);
        columns = new ResultColumns(created, enricher);
        created.setSortColumn(columns.timeColumn());
        created.setSortDirection(newestFirst ? SWT.DOWN : SWT.UP);
        columns.timeColumn().addListener(SWT.Selection, event -> {
            newestFirst = !newestFirst;
            table.setSortDirection(newestFirst ? SWT.DOWN : SWT.UP);
            sortChanged.run();
        });
        created.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
        created.addListener(SWT.Selection, event -> {
            Event hit = selected();
            if (hit != null) {
                selected.accept(hit);
            }
        });
        created.addListener(SWT.KeyDown, event -> {
            if (event.stateMask == SWT.MOD1 && (event.keyCode == 'c' || event.keyCode == 'C')) {
                copySelection();
            }
        });
        this.created.accept(created);
        return created;
    }

    Composite control() {
        return holder;
    }

    ResultColumns columns() {
        return columns;
    }

    boolean newestFirst() {
        return newestFirst;
    }

    /** @return the hits shown, or null before the first search */
    HitPages hits() {
        return hits;
    }

    /**
     * @param list the hits of a search, its first page loaded
     * @param token the search's cancellation, which page fetches share
     * @param started when the operator started the search ({@link System#nanoTime()}), to log how
     *        long the first rows took to show
     */
    void show(HitPages list, Cancellation token, long started) {
        hits = list;
        cancellation = token;
        searchStarted = started;
        firstRowsLogged = false;
        loadPending = false;
        blank.clear();
        if (table.getItemCount() - list.total() > ROWS_REMOVED_AT_ONCE) {
            replaceTable();
        } else {
            table.deselectAll();
            table.clearAll();
            table.setTopIndex(0);
        }
        resizeTowards(list, FIRST_ROWS);
    }

    /**
     * GTK removes rows one by one, slower still between paints, whereas a table disposed frees
     * its rows at once: far fewer hits than rows get a new table, with the same columns. Freeing
     * a million rows still takes a second, so the old table goes once the new one has painted.
     */
    private void replaceTable() {
        columns.saveNow();
        Table old = table;
        table = createTable();
        stack.topControl = table;
        holder.layout(true);
        holder.getDisplay().timerExec(DISPOSE_DELAY_MS, () -> {
            if (!old.isDisposed()) {
                old.dispose();
            }
        });
    }

    /**
     * Adds or removes rows a slice at a time. GTK takes one to two seconds to add or remove a
     * million rows in one call, during which the first page, already fetched, would not show. The
     * first slice is one screen's worth, so the first rows paint at once; the pause between
     * slices lets GTK paint and the operator work.
     */
    private void resizeTowards(HitPages list, int rowsToAdd) {
        if (table.isDisposed() || list != hits) {
            return;
        }
        int target = (int) Math.min(Integer.MAX_VALUE, list.total());
        int count = table.getItemCount();
        int next = count < target ? Math.min(target, count + rowsToAdd)
                : Math.max(target, count - ROWS_REMOVED_AT_ONCE);
        table.setItemCount(next);
        if (next != target) {
            table.getDisplay().timerExec(SLICE_PAUSE_MS, () -> resizeTowards(list, ROWS_ADDED_AT_ONCE));
        } else if (target > ROWS_ADDED_AT_ONCE) {
            LOG.log(System.Logger.Level.INFO, "All {0} rows scrollable {1} ms after the search started",
                    Integer.toString(target), Long.toString((System.nanoTime() - searchStarted) / 1_000_000));
        }
    }

    private Event selected() {
        int index = table.getSelectionIndex();
        return hits == null || index < 0 ? null : hits.get(index);
    }

    private void fill(TableItem item, int index) {
        HitPages list = hits;
        // A row that left the table as it shrank to fewer hits still gets its SetData, as row -1.
        Event event = list == null || index < 0 ? null : list.get(index);
        if (event == null) {
            if (list != null && !list.isRead(index)) {
                blank.set(index);
                loadLater(list, index);
            }
            return;
        }
        columns.fill(item, event);
        if (!firstRowsLogged) {
            firstRowsLogged = true;
            LOG.log(System.Logger.Level.INFO, "First rows of {0} hits on screen {1} ms after the search started",
                    Long.toString(list.total()), Long.toString((System.nanoTime() - searchStarted) / 1_000_000));
        }
    }

    private void loadLater(HitPages list, int index) {
        if (loadPending) {
            return;
        }
        loadPending = true;
        Cancellation token = cancellation;
        Job job = Job.create(NLS.bind(Messages.Table_loading, index + 1), (IProgressMonitor monitor) -> {
            try {
                HitPages.Rows rows = list.ensureLoaded(index, token);
                ui.asyncExec(() -> loaded(list, rows));
            } catch (SourceException e) {
                ui.asyncExec(() -> {
                    loadPending = false;
                    failed.accept(e);
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Asks again for the blank rows of the page fetched and of the view, and clears the rows of dropped pages. */
    private void loaded(HitPages list, HitPages.Rows rows) {
        loadPending = false;
        if (table.isDisposed() || list != hits) {
            return;
        }
        list.takeDropped().forEach(dropped -> clear(dropped.first(), dropped.last(), false));
        clear(rows.first(), rows.last(), true);
        int top = table.getTopIndex();
        int shown = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
        clear(top, top + shown, true);
    }

    private void clear(int first, int last, boolean onlyBlank) {
        int end = Math.min(last, table.getItemCount() - 1);
        for (int row = first; row <= end; row++) {
            if (!onlyBlank || blank.get(row)) {
                table.clear(row);
            }
        }
        blank.clear(first, Math.max(first, end + 1));
    }

    /** @return the selected hits whose rows are loaded, in table order */
    List<Event> selectedEvents() {
        HitPages list = hits;
        return list == null ? List.of()
                : IntStream.of(table.getSelectionIndices()).mapToObj(list::get).filter(Objects::nonNull).toList();
    }

    /** Copies the selected hits as NDJSON, the form every other tool reads back. */
    private void copySelection() {
        StringBuilder text = new StringBuilder();
        for (Event event : selectedEvents()) {
            text.append(EcsNdjson.json(event, false)).append(System.lineSeparator());
        }
        if (!text.isEmpty()) {
            Clipboard clipboard = new Clipboard(table.getDisplay());
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
        }
    }
}
