package org.vigil.dashboards.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.swt.ChartComposite;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.FigureTable;
import org.vigil.dashboards.Panel;
import org.vigil.dashboards.PanelFigures;
import org.vigil.dashboards.RunSettings;
import org.vigil.dashboards.charts.PanelChart;
import org.vigil.events.Cancellation;
import org.vigil.ui.ErrorLabel;

/**
 * One panel on the dashboard: its title and menu, and under them what its last run gave — a busy
 * indicator while its job runs, its chart, its figure with the change against the previous
 * period, its table, or why it has none. Each run is its own job, so a slow or failing panel
 * holds up none of the others.
 */
final class PanelView {

    private static final System.Logger LOG = System.getLogger(PanelView.class.getName());
    /** Charts are drawn at their real size: JFreeChart would otherwise scale small panels' text down to nothing. */
    private static final int NO_SCALING_BELOW = 10;
    private static final int NO_SCALING_ABOVE = 10_000;
    private static final int FIGURE_FONT_SCALE = 3;

    private final PanelHost host;
    private final UISynchronize ui;
    private final Composite frame;
    private final Label title;
    private final Composite editButtons;
    private final Composite body;
    private final StackLayout stack = new StackLayout();
    private final Composite busy;
    private final Label problem;
    private Panel panel;
    private Control content;
    private Cancellation running = new Cancellation();
    private Job job;
    private PanelFigures figures;
    private PanelChart chart;
    private Font bigFont;

    /**
     * @param parent the dashboard's grid
     * @param panel the panel
     * @param host the dashboard
     * @param ui the UI thread
     */
    PanelView(Composite parent, Panel panel, PanelHost host, UISynchronize ui) {
        this.panel = panel;
        this.host = host;
        this.ui = ui;
        frame = new Composite(parent, SWT.BORDER);
        frame.setLayoutData(panel.grid());
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(4, 2).applyTo(frame);
        Composite header = new Composite(frame, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
        title = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        title.setFont(bold(title));
        Button menuButton = new Button(header, SWT.PUSH | SWT.FLAT);
        menuButton.setText("☰"); //$NON-NLS-1$
        menuButton.setToolTipText(Messages.Panel_menu);
        menuButton.addListener(SWT.Selection, e -> showMenu(menuButton));
        // A row of its own: on a panel three columns wide the buttons would hide the title.
        editButtons = new Composite(frame, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(editButtons);
        GridLayoutFactory.fillDefaults().numColumns(PanelEdit.values().length).spacing(0, 0).applyTo(editButtons);
        for (PanelEdit edit : PanelEdit.values()) {
            Button button = new Button(editButtons, SWT.PUSH | SWT.FLAT);
            button.setText(edit.symbol());
            button.setToolTipText(edit.tooltip());
            button.addListener(SWT.Selection, e -> host.edit(this, edit));
        }
        body = new Composite(frame, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        body.setLayout(stack);
        busy = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 12).applyTo(busy);
        ProgressBar bar = new ProgressBar(busy, SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(busy, SWT.NONE).setText(Messages.Panel_loading);
        Composite message = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(message);
        problem = ErrorLabel.create(message, 1);
        frame.addListener(SWT.Dispose, e -> {
            cancel();
            if (bigFont != null) {
                bigFont.dispose();
            }
        });
        showPanel(panel);
    }

    /** @return the composite on the grid */
    Composite control() {
        return frame;
    }

    /** @return the panel shown */
    Panel panel() {
        return panel;
    }

    /** @return what the last finished run gave, or empty while none has */
    Optional<PanelFigures> figures() {
        return Optional.ofNullable(figures);
    }

    /** @return the chart drawn from the last figures, or empty for a table or without figures */
    Optional<PanelChart> chart() {
        return Optional.ofNullable(chart);
    }

    /** @param changed the panel as edited: its title, place and buttons follow; run it again to see its figures */
    void showPanel(Panel changed) {
        panel = changed;
        frame.setLayoutData(changed.grid());
        title.setText(changed.title().in(java.util.Locale.getDefault()).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
        // The whole title and the query: a narrow panel cuts its title short.
        title.setToolTipText(changed.query().isEmpty() ? title.getText()
                : title.getText() + System.lineSeparator() + changed.query());
        boolean editing = host.editing();
        editButtons.setVisible(editing);
        ((org.eclipse.swt.layout.GridData) editButtons.getLayoutData()).exclude = !editing;
        frame.layout(true, true);
    }

    /**
     * Computes the panel again in a job of its own, cancelling its run still going.
     *
     * @param dashboard the dashboard, whose filter and variables apply
     * @param settings the period and variables chosen
     * @param runner computes the figures
     */
    void run(Dashboard dashboard, RunSettings settings, DashboardRunner runner) {
        cancel();
        Cancellation token = new Cancellation();
        running = token;
        stack.topControl = busy;
        body.layout();
        Panel computed = panel;
        job = Job.create(computed.title().in(settings.language()), monitor -> {
            PanelFigures result = runner.evaluate(dashboard, computed, settings, token);
            ui.asyncExec(() -> {
                if (!frame.isDisposed() && token == running) {
                    show(result);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Gives up the run still going, if any: the dashboard changed or the operator left. */
    void cancel() {
        running.cancel();
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private void show(PanelFigures result) {
        job = null;
        figures = result;
        chart = null;
        if (content != null) {
            content.dispose();
            content = null;
        }
        switch (result.outcome()) {
            case OK -> content = figuresControl(result);
            case ERROR -> message(result.message());
            case NOT_AVAILABLE -> message(NLS.bind(Messages.Panel_notAvailable, result.message()));
            case CANCELLED -> message(Messages.Panel_cancelled);
        }
        if (content != null) {
            stack.topControl = content;
        }
        body.layout(true, true);
        LOG.log(System.Logger.Level.INFO, "Dashboard panel {0}: {1}{2}", panel.id(), //$NON-NLS-1$
                result.outcome().name().toLowerCase(java.util.Locale.ROOT),
                result.outcome() == PanelFigures.Outcome.OK ? ", " + result.current().rows().size() + " rows" //$NON-NLS-1$ //$NON-NLS-2$
                        : ": " + result.message()); //$NON-NLS-1$
        host.finished(result);
    }

    private void message(String text) {
        problem.setText(text);
        stack.topControl = problem.getParent();
        problem.getParent().layout(true);
    }

    private Control figuresControl(PanelFigures result) {
        FigureTable current = result.current();
        if (result.panel().kind() == org.vigil.dashboards.PanelKind.FIGURE) {
            return figure(result);
        }
        if (current.rows().isEmpty()) {
            Composite empty = new Composite(body, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(empty);
            new Label(empty, SWT.WRAP).setText(Messages.Panel_noData);
            return empty;
        }
        Optional<PanelChart> drawn = host.chart(result);
        if (drawn.isPresent()) {
            chart = drawn.get();
            return chartControl(chart);
        }
        return table(result);
    }

    private Control figure(PanelFigures result) {
        Composite box = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).spacing(0, 2).applyTo(box);
        Cells cells = host.cells();
        Object value = result.current().rows().isEmpty() ? null : result.current().rows().get(0).get(0);
        Label number = new Label(box, SWT.NONE);
        number.setText(value instanceof Number n ? cells.figure(n) : cells.text("value", value)); //$NON-NLS-1$
        if (bigFont == null) {
            FontData[] data = number.getFont().getFontData();
            for (FontData d : data) {
                d.setHeight(d.getHeight() * FIGURE_FONT_SCALE);
                d.setStyle(SWT.BOLD);
            }
            bigFont = new Font(number.getDisplay(), data);
        }
        number.setFont(bigFont);
        if (result.panel().kind().data() == org.vigil.dashboards.PanelKind.Data.EVENTS) {
            // The figure's events: the panel's query over the period, in Investigate.
            number.setCursor(number.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            number.addListener(SWT.MouseUp, e -> host.drillRow(result, result.current().rows().get(0)));
        }
        if (result.approximate()) {
            new Label(box, SWT.NONE).setText(Messages.Panel_approximate);
        }
        if (result.previous() != null) {
            Label change = new Label(box, SWT.NONE);
            change.setText(result.change()
                    .map(c -> c == 0 ? Messages.Panel_same
                            : NLS.bind(c > 0 ? Messages.Panel_up : Messages.Panel_down, cells.change(c)))
                    .orElse("")); //$NON-NLS-1$
            Object before = result.previous().rows().isEmpty() ? null : result.previous().rows().get(0).get(0);
            Label previous = new Label(box, SWT.NONE);
            previous.setText(NLS.bind(Messages.Panel_previous,
                    before instanceof Number n ? cells.figure(n) : cells.text("value", before))); //$NON-NLS-1$
        }
        return box;
    }

    private Control chartControl(PanelChart drawn) {
        // No pop-up menu of JFreeChart's own: its entries are English-only; the panel's menu has the exports.
        ChartComposite composite = new ChartComposite(body, SWT.NONE, drawn.chart(), 300, 200, NO_SCALING_BELOW,
                NO_SCALING_BELOW, NO_SCALING_ABOVE, NO_SCALING_ABOVE, true, false, false, false, false, true);
        composite.setDomainZoomable(false);
        composite.setRangeZoomable(false);
        composite.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent event) {
                if (event.getTrigger().getButton() == 1 && event.getEntity() != null) {
                    host.drillChart(drawn, event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent event) {
                // Tooltips show the values; moving does nothing else.
            }
        });
        return composite;
    }

    private Control table(PanelFigures result) {
        Cells cells = host.cells();
        FigureTable current = result.current();
        Table table = new Table(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : current.columns()) {
            TableColumn tc = new TableColumn(table, SWT.NONE);
            tc.setText(cells.header(column));
        }
        for (List<Object> row : current.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int i = 0; i < row.size(); i++) {
                item.setText(i, cells.text(result.panel().kind(), current.columns().get(i), row.get(i)));
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item) {
                host.drillRow(result, current.rows().get(table.indexOf(item)));
            }
        });
        return table;
    }

    private void showMenu(Button anchor) {
        Menu menu = new Menu(anchor);
        boolean hasFigures = figures != null && figures.outcome() == PanelFigures.Outcome.OK;
        item(menu, Messages.Menu_csv, hasFigures, () -> PanelExport.csv(frame.getShell(), figures, host));
        item(menu, Messages.Menu_copyPng, chart != null, () -> PanelExport.copyPng(frame, panel, chart.chart(), host));
        item(menu, Messages.Menu_savePng, chart != null, () -> PanelExport.savePng(frame.getShell(), panel, chart.chart(), host));
        item(menu, Messages.Menu_saveSvg, chart != null, () -> PanelExport.saveSvg(frame.getShell(), panel, chart.chart(), host));
        if (host.editing()) {
            new MenuItem(menu, SWT.SEPARATOR);
            item(menu, Messages.Edit_panel, true, () -> host.edit(this, PanelEdit.PROPERTIES));
            item(menu, Messages.Edit_remove, true, () -> host.edit(this, PanelEdit.REMOVE));
        }
        org.eclipse.swt.graphics.Rectangle bounds = anchor.getBounds();
        menu.setLocation(anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        menu.setVisible(true);
    }

    private static void item(Menu menu, String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setEnabled(enabled);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private static Font bold(Label label) {
        FontData[] data = label.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        Font font = new Font(label.getDisplay(), data);
        label.addListener(SWT.Dispose, e -> font.dispose());
        return font;
    }
}
