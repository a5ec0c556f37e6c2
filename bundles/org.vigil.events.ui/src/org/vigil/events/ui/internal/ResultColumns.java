package org.vigil.events.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.prefs.Preferences;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.CsvHits;
import org.vigil.events.EventEnricher;
import org.vigil.events.FieldInfo;

/**
 * The columns of the results table: the time, the fields the operator chose, and a summary of
 * the remaining fields, as in Discover. The chosen fields, their order and every column's width
 * are kept in the workspace preferences, since the application model is not saved between runs.
 *
 * <p>The field {@value #SYSTEM} makes the System column: the information systems an import tagged
 * the event with and their highest level. Stores keep the systems' ids and level, not their names,
 * so the names come from the registry as it is now, a matter of microseconds for the rows on
 * screen; should the registry no longer find the same systems for the event, the column shows the
 * ids stored, as it does without a registry. For an event stored without tags (an Elasticsearch
 * index filled by another shipper) the row's systems are looked up the same way; queries find
 * only tagged events.
 */
final class ResultColumns {

    /** How the results show times: in the operator's zone, to the millisecond. */
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** The summary column's name in the preferences and, as {@link CsvHits#SOURCE}, in exports. */
    private static final String DOCUMENT = CsvHits.SOURCE;
    /** The systems' names, as imports tag events with them (the registry's {@code EventTagger}). */
    static final String SYSTEM = "vigil.system.name";
    private static final String SYSTEM_ID = "vigil.system.id";
    private static final String SYSTEM_LEVEL = "vigil.system.level";
    private static final String ORDER_KEY = "columns.order";
    private static final String WIDTHS_NODE = "column-widths";
    private static final String SEPARATOR = "\n";
    private static final int SUMMARY_FIELDS = 14;
    private static final int FIELD_WIDTH = 160;
    /** Wide enough for a long system name and its level, which ends the cell. */
    private static final int SYSTEM_WIDTH = 380;
    /** Dragging a column's edge fires a resize per pixel; only the width it ends at is written. */
    private static final int SAVE_DELAY_MS = 400;

    private final Table table;
    private final Supplier<EventEnricher> enricher;
    private final TableColumn time;
    /** The field columns in the order they were created, which is their index in the table minus one. */
    private final List<String> fields = new ArrayList<>();
    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.vigil.events.ui");
    private final Preferences widths = preferences.node(WIDTHS_NODE);
    private final Runnable saveLater = this::save;

    /**
     * @param table the results table
     * @param enricher the enricher imports use now, or null without one: tags the events shown
     *            that were stored without their system
     */
    ResultColumns(Table table, Supplier<EventEnricher> enricher) {
        this.table = table;
        this.enricher = enricher;
        time = column(Event.TIMESTAMP, Messages.Column_time, 190, 0);
        column(DOCUMENT, Messages.Column_document, 1400, 1);
        List<String> order = List.of(preferences.get(ORDER_KEY, "").split(SEPARATOR));
        order.stream().filter(this::isField).forEach(this::add);
        restoreOrder(order);
    }

    TableColumn timeColumn() {
        return time;
    }

    /** @param field a field to show as a column, or to stop showing if it is one */
    void toggle(String field) {
        int position = fields.indexOf(field);
        if (position >= 0) {
            TableColumn column = table.getColumn(position + 1);
            widths.putInt(field, column.getWidth());
            fields.remove(position);
            column.dispose();
        } else {
            add(field);
        }
        table.clearAll();
        saveSoon();
    }

    /** @return the field columns in the order the operator sees them */
    List<String> fields() {
        // Not isField, which tells a name that may still become a column: these are the columns.
        return shownNames().stream().filter(fields::contains).toList();
    }

    /** @return every column in the order the operator sees them, named as the CSV export names them */
    List<String> exportColumns() {
        return shownNames();
    }

    /** @param chosen the field columns to show, replacing the current ones */
    void show(List<String> chosen) {
        for (String field : List.copyOf(fields)) {
            toggle(field);
        }
        chosen.forEach(this::toggle);
    }

    void fill(TableItem item, Event event) {
        item.setText(0, LOCAL_TIME.format(event.timestamp().atZone(ZoneId.systemDefault())));
        for (int i = 0; i < fields.size(); i++) {
            item.setText(i + 1, SYSTEM.equals(fields.get(i)) ? system(event) : text(event.get(fields.get(i))));
        }
        item.setText(fields.size() + 1, summary(event.fields()));
    }

    /**
     * @param known the fields of the source searched
     * @return them, with the System column's field when the source has no tagged event, so that
     *         the operator can choose the column all the same
     */
    static List<FieldInfo> choosable(List<FieldInfo> known) {
        if (known.stream().anyMatch(field -> SYSTEM.equals(field.name()))) {
            return known;
        }
        List<FieldInfo> all = new ArrayList<>(known);
        all.add(new FieldInfo(SYSTEM, FieldType.KEYWORD, false));
        return all;
    }

    private String system(Event event) {
        EventEnricher tags = enricher.get();
        Object storedIds = event.get(SYSTEM_ID);
        Event tagged = event.get(SYSTEM) == null && tags != null ? tags.enrich(event) : event;
        // Stores keep the ids an import found, not the names: the registry names them now, unless it has changed since.
        Object named = tagged.get(SYSTEM);
        Object names = named != null && (storedIds == null || storedIds.equals(tagged.get(SYSTEM_ID))) ? named : storedIds;
        if (names == null) {
            return "";
        }
        Object level = storedIds == null ? tagged.get(SYSTEM_LEVEL) : event.get(SYSTEM_LEVEL);
        String shown = names instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : names.toString();
        return level == null ? shown : NLS.bind(Messages.Column_systemCell, shown, level);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** Writes the layout to the preferences at once, for when the part closes before a pending save. */
    void saveNow() {
        if (!table.isDisposed()) {
            table.getDisplay().timerExec(-1, saveLater);
            save();
        }
    }

    private void add(String field) {
        fields.add(field);
        boolean system = SYSTEM.equals(field);
        TableColumn added = column(field, system ? Messages.Column_system : field, system ? SYSTEM_WIDTH : FIELD_WIDTH,
                fields.size());
        showBeforeSummary(added);
    }

    /**
     * A column added to a table whose columns were reordered (the saved order, a drag) may be
     * shown after the wide summary, out of sight: it goes just before the summary instead.
     */
    private void showBeforeSummary(TableColumn added) {
        List<TableColumn> created = Arrays.asList(table.getColumns());
        int addedIndex = created.indexOf(added);
        int summaryIndex = created.stream().filter(column -> DOCUMENT.equals(column.getData())).findFirst()
                .map(created::indexOf).orElse(-1);
        if (summaryIndex < 0) {
            return;
        }
        List<Integer> order = new ArrayList<>(Arrays.stream(table.getColumnOrder()).boxed().toList());
        order.remove(Integer.valueOf(addedIndex));
        order.add(order.indexOf(summaryIndex), addedIndex);
        table.setColumnOrder(order.stream().mapToInt(Integer::intValue).toArray());
    }

    private boolean isField(String name) {
        return !name.isEmpty() && !Event.TIMESTAMP.equals(name) && !DOCUMENT.equals(name) && !fields.contains(name);
    }

    private List<String> shownNames() {
        return Arrays.stream(table.getColumnOrder()).mapToObj(index -> (String) table.getColumn(index).getData())
                .toList();
    }

    /** Puts the columns in the saved order; columns the saved order does not name keep their place at the end. */
    private void restoreOrder(List<String> order) {
        List<String> created = Arrays.stream(table.getColumns()).map(column -> (String) column.getData()).toList();
        List<Integer> indexes = new ArrayList<>();
        order.stream().map(created::indexOf).filter(index -> index >= 0).forEach(indexes::add);
        for (int i = 0; i < created.size(); i++) {
            if (!indexes.contains(i)) {
                indexes.add(i);
            }
        }
        table.setColumnOrder(indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    private void saveSoon() {
        table.getDisplay().timerExec(SAVE_DELAY_MS, saveLater);
    }

    private void save() {
        if (table.isDisposed()) {
            return;
        }
        for (TableColumn column : table.getColumns()) {
            widths.putInt((String) column.getData(), column.getWidth());
        }
        preferences.put(ORDER_KEY, String.join(SEPARATOR, shownNames()));
        PreferenceWriter.flushLater(preferences);
    }

    private String summary(Map<String, Object> values) {
        return values.entrySet().stream().filter(field -> !fields.contains(field.getKey())).limit(SUMMARY_FIELDS)
                .map(field -> field.getKey() + ": " + field.getValue()).collect(Collectors.joining("   "));
    }

    private TableColumn column(String name, String title, int width, int index) {
        TableColumn column = new TableColumn(table, SWT.LEFT, index);
        column.setText(title);
        column.setData(name);
        // GTK reports no width for a column not laid out yet; a column nobody can see is no choice to keep.
        int saved = widths.getInt(name, width);
        column.setWidth(saved > 0 ? saved : width);
        column.setMoveable(index > 0);
        column.addListener(SWT.Resize, event -> saveSoon());
        column.addListener(SWT.Move, event -> saveSoon());
        return column;
    }
}
