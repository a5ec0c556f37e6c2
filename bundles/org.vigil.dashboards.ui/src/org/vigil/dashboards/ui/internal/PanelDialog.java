package org.vigil.dashboards.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.vigil.dashboards.ChartStyle;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardEdits;
import org.vigil.dashboards.Grid;
import org.vigil.dashboards.Metric;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelKind;
import org.vigil.query.KqlParser;
import org.vigil.query.QuerySyntaxException;

/**
 * A panel's settings in edit mode: titles, kind, query, fields, top N, style, size on the grid,
 * figure and comparison. OK stays disabled, with the reason shown, while the settings do not make
 * a valid panel.
 */
final class PanelDialog extends FormDialog {

    private static final int MAX_SIZE = 1000;
    private static final int MAX_HEIGHT = 24;
    /** A new panel's titles, in both languages whichever the workbench speaks: the file keeps both. */
    private static final String NEW_TITLE_EN = "New panel"; //$NON-NLS-1$
    private static final String NEW_TITLE_VI = "Ô mới"; //$NON-NLS-1$

    private final Panel initial;
    private Panel panel;
    private Text titleEn;
    private Text titleVi;
    private Combo kind;
    private Text query;
    private Text fields;
    private Spinner size;
    private Combo style;
    private Spinner width;
    private Spinner height;
    private Button compare;
    private Combo function;
    private Text metricField;
    private Text split;

    /**
     * @param shell the parent shell
     * @param initial the panel to change, or a new one's defaults
     */
    PanelDialog(Shell shell, Panel initial) {
        super(shell, Messages.Panel_dialogTitle);
        this.initial = initial;
        this.panel = initial;
    }

    /**
     * @param dashboard the dashboard it goes into
     * @return a new panel's defaults: the top values of the event actions, under every other panel
     */
    static Panel newPanel(Dashboard dashboard) {
        return new Panel(DashboardEdits.freeId(dashboard, PanelKind.TOP_VALUES.word()), PanelKind.TOP_VALUES,
                new org.vigil.cases.Text(NEW_TITLE_EN, NEW_TITLE_VI),
                new Grid(0, DashboardEdits.bottom(dashboard), 6, 4), "", List.of("event.action"), //$NON-NLS-1$ //$NON-NLS-2$
                Panel.DEFAULT_SIZE, Metric.COUNT, "", null, false); //$NON-NLS-1$
    }

    /** @return the panel as set, valid once the dialog returned OK */
    Panel panel() {
        return panel;
    }

    @Override
    protected void fill(Composite area) {
        Composite form = form(area, Messages.Panel_dialogTitle, Messages.Panel_dialogMessage);
        titleEn = text(form, Messages.Edit_title, initial.title().en());
        titleVi = text(form, Messages.Edit_titleVi, initial.title().vi());
        kind = combo(form, Messages.Panel_kind, Arrays.stream(PanelKind.values()).map(PanelKind::word).toList(),
                initial.kind().ordinal());
        query = text(form, Messages.Panel_query, initial.query());
        fields = text(form, Messages.Panel_fields, String.join(", ", initial.fields())); //$NON-NLS-1$
        fields.setMessage(Messages.Panel_fieldsHint);
        size = spinner(form, Messages.Panel_size, 1, MAX_SIZE, initial.size());
        style = combo(form, Messages.Panel_style, Arrays.stream(ChartStyle.values()).map(ChartStyle::word).toList(),
                initial.style().ordinal());
        function = combo(form, Messages.Panel_metric,
                Arrays.stream(Metric.Function.values()).map(Metric.Function::word).toList(),
                initial.metric().function().ordinal());
        metricField = text(form, Messages.Panel_metricField, initial.metric().field());
        split = text(form, Messages.Panel_split, initial.split());
        width = spinner(form, Messages.Panel_width, 1, Grid.COLUMNS, initial.grid().w());
        height = spinner(form, Messages.Panel_height, 1, MAX_HEIGHT, initial.grid().h());
        new Label(form, SWT.NONE);
        compare = new Button(form, SWT.CHECK);
        compare.setText(Messages.Panel_compare);
        compare.setSelection(initial.compare());
        compare.addListener(SWT.Selection, e -> check());
    }


    private Spinner spinner(Composite form, String label, int min, int max, int value) {
        new Label(form, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(form, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 5);
        spinner.addListener(SWT.Modify, e -> check());
        return spinner;
    }



    /** Builds the panel the settings make, keeping it for OK. */
    @Override
    protected String problem() {
        String problem = null;
        try {
            KqlParser.parse(query.getText());
            PanelKind chosenKind = PanelKind.values()[kind.getSelectionIndex()];
            List<String> chosenFields = Arrays.stream(fields.getText().split(",")).map(String::strip) //$NON-NLS-1$
                    .filter(f -> !f.isEmpty()).toList();
            if (chosenFields.size() < chosenKind.requiredFields() || chosenFields.size() > chosenKind.maxFields()) {
                problem = NLS.bind(Messages.Panel_badFields, new Object[] { chosenKind.word(),
                        chosenKind.requiredFields(), chosenKind.maxFields() });
            } else if (titleEn.getText().isBlank()) {
                problem = Messages.Edit_blankTitle;
            } else {
                Metric.Function chosenFunction = Metric.Function.values()[function.getSelectionIndex()];
                if (chosenFunction != Metric.Function.COUNT && metricField.getText().isBlank()) {
                    problem = Messages.Panel_badMetric;
                } else {
                    Grid place = new Grid(Math.min(initial.grid().x(), Grid.COLUMNS - width.getSelection()),
                            initial.grid().y(), width.getSelection(), height.getSelection());
                    panel = new Panel(initial.id(), chosenKind,
                            new org.vigil.cases.Text(titleEn.getText().strip(), titleVi.getText().strip()), place,
                            query.getText(), chosenFields, size.getSelection(),
                            new Metric(chosenFunction, metricField.getText()), split.getText(),
                            ChartStyle.values()[style.getSelectionIndex()], compare.getSelection());
                }
            }
        } catch (QuerySyntaxException e) {
            problem = NLS.bind(Messages.Panel_badQuery, e.getMessage());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return problem;
    }

    @Override
    protected void accept() {
        // The panel was built by the last check.
    }
}
