package org.vigil.cases.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.Case;
import org.vigil.cases.CaseQuery.Sort;
import org.vigil.cases.Labels;

/**
 * The case list. The number, severity and updated columns sort it, as the store orders a list;
 * a click on one asks for the list again in that order.
 */
final class CaseTable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final Table table;
    private final Labels labels;
    private SystemDirectory directory = SystemDirectory.empty();
    private Sort sort = Sort.NEWEST;

    CaseTable(Composite parent, Labels labels, Consumer<Case> open, Consumer<Sort> sorted) {
        this.labels = labels;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Column_number, 120, Sort.NEWEST, sorted);
        column(Messages.Column_title, 380, null, sorted);
        column(Messages.Column_severity, 100, Sort.SEVERITY, sorted);
        column(Messages.Column_level, 70, null, sorted);
        column(Messages.Column_status, 110, null, sorted);
        column(Messages.Column_category, 170, null, sorted);
        column(Messages.Column_assignee, 110, null, sorted);
        column(Messages.Column_updated, 140, Sort.UPDATED, sorted);
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.DOWN);
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(open));
    }

    private void column(String title, int width, Sort order, Consumer<Sort> sorted) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        if (order != null) {
            column.addListener(SWT.Selection, e -> {
                sort = order;
                table.setSortColumn(column);
                sorted.accept(order);
            });
        }
    }

    Table control() {
        return table;
    }

    /** @return the order the operator chose */
    Sort sort() {
        return sort;
    }

    /**
     * Shows the cases, keeping the selected one selected if it is still there.
     *
     * @param systems the registry, for the highest level of each case's systems
     */
    void show(List<Case> cases, SystemDirectory systems) {
        directory = systems;
        List<String> before = selectedAll().stream().map(c -> c.number().toString()).toList();
        table.removeAll();
        for (Case c : cases) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { c.number().toString(), c.title(), labels.label(c.severity()),
                    directory.highestLevel(c), labels.label(c.status()), labels.label(c.category()), Objects.toString(c.assignee(), ""), //$NON-NLS-1$
                    TIME.format(c.updated()) });
            item.setData(c);
            if (before.contains(c.number().toString())) {
                table.select(table.indexOf(item));
            }
        }
    }

    /** @return the first selected case */
    Optional<Case> selected() {
        return selectedAll().stream().findFirst();
    }

    /** @return every selected case, in list order */
    List<Case> selectedAll() {
        return Arrays.stream(table.getSelection()).map(item -> (Case) item.getData()).toList();
    }
}
