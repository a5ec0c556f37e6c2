package org.vigil.cases.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The editor's list tables, made alike. */
final class Tables {

    private Tables() {
    }

    /**
     * @param style style bits added to a bordered, full-selection table
     * @param span the grid columns the table spans
     * @param columns titles and widths, alternating
     */
    static Table table(Composite parent, int style, int span, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(span, 1).hint(640, 240).applyTo(table);
        return table;
    }
}
