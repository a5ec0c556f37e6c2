package org.vigil.events.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;

/**
 * The selected event: a table of its fields, with filter-for and filter-out on each value, and
 * its raw JSON.
 */
final class EventDetail {

    /** Narrows the search to (or away from) one field value. */
    interface FilterAction {
        void filter(String field, String value, boolean exclude);
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx");

    private final Table fields;
    private final Text json;

    EventDetail(Composite parent, FilterAction filter, Consumer<String> toggleColumn) {
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        fields = new Table(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL);
        fields.setHeaderVisible(true);
        column(Messages.Detail_field, 260);
        column(Messages.Detail_value, 900);
        fields.setMenu(filterMenu(filter, toggleColumn));
        json = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        tab(tabs, Messages.Detail_fieldsTab, fields);
        tab(tabs, Messages.Detail_jsonTab, json);
        tabs.setSelection(0);
    }

    Composite control() {
        return fields.getParent();
    }

    void clear() {
        fields.removeAll();
        json.setText("");
    }

    void show(Event event) {
        fields.removeAll();
        row(Event.TIMESTAMP, LOCAL_TIME.format(event.timestamp().atZone(ZoneId.systemDefault())),
                event.timestamp().toString());
        row("_id", event.id(), event.id());
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            values(field.getValue()).forEach(value -> row(field.getKey(), value, value));
        }
        json.setText(EcsNdjson.json(event, true));
    }

    private static List<String> values(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private void row(String field, String shown, String filterValue) {
        TableItem item = new TableItem(fields, SWT.NONE);
        item.setText(new String[] { field, shown });
        item.setData(new String[] { field, filterValue });
    }

    private Menu filterMenu(FilterAction filter, Consumer<String> toggleColumn) {
        Menu menu = new Menu(fields);
        item(menu, Messages.Detail_filterFor, selected -> filter.filter(selected[0], selected[1], false));
        item(menu, Messages.Detail_filterOut, selected -> filter.filter(selected[0], selected[1], true));
        item(menu, Messages.Detail_toggleColumn, selected -> toggleColumn.accept(selected[0]));
        return menu;
    }

    private void item(Menu menu, String label, Consumer<String[]> action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> {
            TableItem[] selection = fields.getSelection();
            if (selection.length == 1) {
                action.accept((String[]) selection[0].getData());
            }
        });
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(fields, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }
}
