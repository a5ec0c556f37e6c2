package org.vigil.events.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.core.model.Event;

/**
 * The columns of the results table: the time, the fields the operator chose, and a summary of
 * the remaining fields, as in Discover.
 */
final class ResultColumns {

    /** How the results show times: in the operator's zone, to the millisecond. */
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final int SUMMARY_FIELDS = 14;
    private static final int FIELD_WIDTH = 160;

    private final Table table;
    private final TableColumn time;
    private final List<String> fields = new ArrayList<>();

    ResultColumns(Table table) {
        this.table = table;
        time = column(Messages.Column_time, 190, 0);
        column(Messages.Column_document, 1400, 1);
    }

    TableColumn timeColumn() {
        return time;
    }

    /** @param field a field to show as a column, or to stop showing if it is one */
    void toggle(String field) {
        int position = fields.indexOf(field);
        if (position >= 0) {
            fields.remove(position);
            table.getColumn(position + 1).dispose();
        } else {
            fields.add(field);
            column(field, FIELD_WIDTH, fields.size());
        }
        table.clearAll();
    }

    List<String> fields() {
        return List.copyOf(fields);
    }

    /** @param chosen the field columns to show, replacing the current ones */
    void show(List<String> chosen) {
        for (String field : fields()) {
            toggle(field);
        }
        chosen.forEach(this::toggle);
    }

    void fill(TableItem item, Event event) {
        item.setText(0, LOCAL_TIME.format(event.timestamp().atZone(ZoneId.systemDefault())));
        for (int i = 0; i < fields.size(); i++) {
            Object value = event.get(fields.get(i));
            item.setText(i + 1, value == null ? "" : String.valueOf(value));
        }
        item.setText(fields.size() + 1, summary(event.fields()));
    }

    private String summary(Map<String, Object> values) {
        return values.entrySet().stream().filter(field -> !fields.contains(field.getKey())).limit(SUMMARY_FIELDS)
                .map(field -> field.getKey() + ": " + field.getValue()).collect(Collectors.joining("   "));
    }

    private TableColumn column(String title, int width, int index) {
        TableColumn column = new TableColumn(table, SWT.LEFT, index);
        column.setText(title);
        column.setWidth(width);
        column.setMoveable(index > 0);
        return column;
    }
}
