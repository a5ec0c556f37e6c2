package org.vigil.ui.internal.dialogs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The read-only listings of the About and Plugins dialogs: a table with headers, filled by rows. */
final class Tables {

    private static final int WIDTH_HINT = 820;

    private Tables() {
    }

    static Table create(Composite parent, int heightHint, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = heightHint;
        layout.widthHint = WIDTH_HINT;
        table.setLayoutData(layout);
        for (String column : columns) {
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        return table;
    }

    static TableItem row(Table table, String... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells);
        return item;
    }

    static void packColumns(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }
}
