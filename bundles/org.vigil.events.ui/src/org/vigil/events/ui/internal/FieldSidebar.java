package org.vigil.events.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.events.FieldInfo;
import org.vigil.events.TopTerms;

/**
 * Every field of the source with its type; choosing one shows its five most frequent values
 * among the hits and their share, each with filter-for and filter-out.
 */
final class FieldSidebar {

    private static final String FIELD_KEY = "field";

    private final Table fields;
    private final Table values;
    private String shownField;

    /**
     * @param parent where the sidebar goes
     * @param fieldChosen asked to load the top values of a field (off the UI thread)
     * @param filter narrows the search to or away from a value
     * @param toggleColumn shows a field as a column of the results, or stops showing it
     */
    FieldSidebar(Composite parent, Consumer<String> fieldChosen, EventDetail.FilterAction filter,
            Consumer<String> toggleColumn) {
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        fields = table(split, Messages.Sidebar_field, 200, Messages.Sidebar_type, 70);
        values = table(split, Messages.Sidebar_value, 200, Messages.Sidebar_share, 70);
        split.setWeights(3, 1);
        fields.addListener(SWT.Selection, event -> {
            TableItem[] selection = fields.getSelection();
            if (selection.length == 1) {
                fieldChosen.accept((String) selection[0].getData(FIELD_KEY));
            }
        });
        values.setMenu(valueMenu(filter));
        Menu fieldMenu = new Menu(fields);
        MenuItem toggle = new MenuItem(fieldMenu, SWT.PUSH);
        toggle.setText(Messages.Detail_toggleColumn);
        toggle.addListener(SWT.Selection, event -> {
            TableItem[] selection = fields.getSelection();
            if (selection.length == 1) {
                toggleColumn.accept((String) selection[0].getData(FIELD_KEY));
            }
        });
        fields.setMenu(fieldMenu);
    }

    Composite control() {
        return fields.getParent();
    }

    void showFields(List<FieldInfo> known) {
        fields.removeAll();
        values.removeAll();
        for (FieldInfo field : known) {
            TableItem item = new TableItem(fields, SWT.NONE);
            item.setText(new String[] { field.name(), field.type().name().toLowerCase(java.util.Locale.ROOT) });
            item.setData(FIELD_KEY, field.name());
        }
    }

    /** @param field a field listed, shown selected as if the operator had chosen it */
    void select(String field) {
        for (TableItem item : fields.getItems()) {
            if (field.equals(item.getData(FIELD_KEY))) {
                fields.setSelection(item);
                fields.showItem(item);
                return;
            }
        }
    }

    void showTopValues(TopTerms top) {
        shownField = top.field();
        values.removeAll();
        for (TopTerms.Term term : top.terms()) {
            TableItem item = new TableItem(values, SWT.NONE);
            item.setText(new String[] { term.value(), NLS.bind(Messages.Sidebar_percent,
                    String.format("%.1f", 100 * top.share(term))) });
            item.setData(term.value());
        }
        if (top.terms().isEmpty()) {
            new TableItem(values, SWT.NONE).setText(Messages.Sidebar_noValues);
        }
    }

    private Menu valueMenu(EventDetail.FilterAction filter) {
        Menu menu = new Menu(values);
        menuItem(menu, Messages.Detail_filterFor, value -> filter.filter(shownField, value, false));
        menuItem(menu, Messages.Detail_filterOut, value -> filter.filter(shownField, value, true));
        return menu;
    }

    private void menuItem(Menu menu, String label, Consumer<String> action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> {
            TableItem[] selection = values.getSelection();
            if (selection.length == 1 && selection[0].getData() instanceof String value && shownField != null) {
                action.accept(value);
            }
        });
    }

    private static Table table(Composite parent, String first, int firstWidth, String second, int secondWidth) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        column(table, first, firstWidth);
        column(table, second, secondWidth);
        return table;
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }
}
