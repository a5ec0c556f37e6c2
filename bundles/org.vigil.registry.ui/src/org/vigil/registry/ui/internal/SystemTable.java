package org.vigil.registry.ui.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.Case;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.Target;

/**
 * The systems of the selected agency that pass the filters, one row each, sortable by every
 * column (click a header; click again to reverse).
 */
final class SystemTable {

    /** One column: its title, width, text and order. */
    private record Column(String title, int width, Function<Row, String> text, Comparator<Row> order) {
    }

    /** A system with what the table shows beside it. */
    private record Row(InformationSystem system, String agency, SystemCompliance compliance, int openCases) {

        int coveredLayers() {
            return (int) system.layers().values().stream().filter(LayerStatus::covered).count();
        }

        double percent() {
            return compliance == null ? 100 : compliance.figures().percent();
        }

        String overdue() {
            return compliance == null ? "" : String.join("; ", //$NON-NLS-1$ //$NON-NLS-2$
                    compliance.overdue().stream().map(Target::label).map(label -> label.text()).toList());
        }
    }

    private final Table table;
    private final List<Column> columns = new ArrayList<>();
    private List<Row> rows = List.of();
    private Column sortColumn;
    private boolean ascending = true;

    SystemTable(Composite parent, Consumer<InformationSystem> open) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Collator collator = Collator.getInstance(Locale.getDefault());
        columns.add(new Column(Messages.Column_name, 260, row -> row.system().name(),
                Comparator.comparing(row -> row.system().name(), collator)));
        columns.add(new Column(Messages.Column_agency, 200, Row::agency, Comparator.comparing(Row::agency, collator)));
        columns.add(new Column(Messages.Column_level, 60, row -> Integer.toString(row.system().level()),
                Comparator.comparingInt(row -> row.system().level())));
        columns.add(new Column(Messages.Column_openCases, 95,
                row -> row.openCases() == 0 ? "" : Integer.toString(row.openCases()), //$NON-NLS-1$
                Comparator.comparingInt(Row::openCases)));
        columns.add(new Column(Messages.Column_type, 150, row -> row.system().type().label(),
                Comparator.comparing(row -> row.system().type())));
        columns.add(new Column(Messages.Column_dossier, 110, row -> row.system().dossier().status().label(),
                Comparator.comparing(row -> row.system().dossier().status())));
        columns.add(new Column(Messages.Column_plan, 110, row -> row.system().plan().status().label(),
                Comparator.comparing(row -> row.system().plan().status())));
        columns.add(new Column(Messages.Column_layers, 70, row -> row.coveredLayers() + "/4", //$NON-NLS-1$
                Comparator.comparingInt(Row::coveredLayers)));
        columns.add(new Column(Messages.Column_compliance, 90, row -> Percent.of(row.percent()),
                Comparator.comparingDouble(Row::percent)));
        columns.add(new Column(Messages.Column_overdue, 320, Row::overdue, Comparator.comparing(Row::overdue)));
        for (Column column : columns) {
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.title());
            widget.setWidth(column.width());
            widget.setMoveable(true);
            widget.addListener(SWT.Selection, e -> sortBy(column, widget));
        }
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(open));
    }

    Table control() {
        return table;
    }

    Optional<InformationSystem> selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? Optional.empty()
                : Optional.of(((Row) selection[0].getData()).system());
    }

    /** @param openCases the open cases of each system, by id */
    void show(List<InformationSystem> systems, RegistryView view, Map<String, List<Case>> openCases) {
        String selectedId = selected().map(InformationSystem::id).orElse(null);
        rows = systems.stream().map(s -> new Row(s, view.agencyName(s.agencyId()), view.compliance(s),
                openCases.getOrDefault(s.id(), List.of()).size())).toList();
        refill(selectedId);
    }

    private void sortBy(Column column, TableColumn widget) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.setSortColumn(widget);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refill(selected().map(InformationSystem::id).orElse(null));
    }

    private void refill(String selectedId) {
        List<Row> ordered = new ArrayList<>(rows);
        if (sortColumn != null) {
            ordered.sort(ascending ? sortColumn.order() : sortColumn.order().reversed());
        }
        table.setRedraw(false);
        table.removeAll();
        for (Row row : ordered) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int i = 0; i < columns.size(); i++) {
                item.setText(i, columns.get(i).text().apply(row));
            }
            item.setData(row);
            if (row.system().id().equals(selectedId)) {
                table.setSelection(item);
            }
        }
        table.setRedraw(true);
    }
}
