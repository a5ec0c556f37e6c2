package org.vigil.dashboards.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vigil.core.model.TimeRange;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.VariableChoices;
import org.vigil.dashboards.Variables;
import org.vigil.ui.RangePicker;

/**
 * The two rows above the panels: the dashboard chooser, the time range, the filter, refresh and
 * auto-refresh and the edit toggle; then the variables (agency, level, source) and the scheduled
 * reports. It holds what the operator chose; the part decides what to do about it.
 */
final class DashboardBar {

    private static final int[] REFRESH_SECONDS = { 0, 30, 60, 300 };

    /** What the bar's controls ask of the part. */
    interface Actions {

        /** The operator chose another dashboard in the chooser. */
        void chosen();

        /** The range, filter or a variable changed, or Refresh was pressed: run the panels again. */
        void runAll();

        /** Auto-refresh changed. */
        void refreshChanged();

        /** The edit toggle was pressed. */
        void editToggled();

        /** Scheduled reports was pressed. */
        void schedules();
    }

    private final Combo chooser;
    private final RangePicker range;
    private final Text filter;
    private final Combo refresh;
    private final Button editButton;
    private final Combo agency;
    private final Combo level;
    private final Combo source;
    private VariableChoices choices = new VariableChoices(Map.of(), VariableChoices.LEVELS, List.of());

    /**
     * @param parent the part, laid out in one column
     * @param actions what the controls ask of the part
     */
    DashboardBar(Composite parent, Actions actions) {
        Composite first = row(parent, 10);
        new Label(first, SWT.NONE).setText(Messages.Part_dashboard);
        chooser = new Combo(first, SWT.READ_ONLY);
        chooser.addListener(SWT.Selection, e -> actions.chosen());
        range = new RangePicker(first, actions::runAll);
        new Label(first, SWT.NONE).setText(Messages.Part_filter);
        filter = new Text(first, SWT.BORDER | SWT.SEARCH);
        filter.setMessage(Messages.Part_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.DefaultSelection, e -> actions.runAll());
        button(first, Messages.Part_refresh, actions::runAll);
        refresh = new Combo(first, SWT.READ_ONLY);
        refresh.setItems(Messages.Part_refreshOff, Messages.Part_refresh30s, Messages.Part_refresh1m,
                Messages.Part_refresh5m);
        refresh.select(0);
        refresh.addListener(SWT.Selection, e -> actions.refreshChanged());
        editButton = new Button(first, SWT.TOGGLE);
        editButton.setText(Messages.Part_edit);
        editButton.addListener(SWT.Selection, e -> actions.editToggled());
        // Keeps the row's column count whatever the picker needs.
        new Label(first, SWT.NONE);
        Composite second = row(parent, 7);
        new Label(second, SWT.NONE).setText(Messages.Part_agency);
        agency = variable(second, actions);
        new Label(second, SWT.NONE).setText(Messages.Part_level);
        level = variable(second, actions);
        new Label(second, SWT.NONE).setText(Messages.Part_source);
        source = variable(second, actions);
        button(second, Messages.Schedules_open, actions::schedules);
    }

    /** @return a row of the given number of columns, as wide as the part */
    static Composite row(Composite parent, int columns) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        return bar;
    }

    static Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Combo variable(Composite bar, Actions actions) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(combo);
        combo.setItems(Messages.Part_all);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> actions.runAll());
        return combo;
    }

    /** @param labels the dashboards' names in the chooser @param selected the index to select */
    void list(List<String> labels, int selected) {
        chooser.setItems(labels.toArray(String[]::new));
        chooser.getParent().layout(true);
        if (!labels.isEmpty()) {
            chooser.select(selected);
        }
    }

    /** @return the index chosen in the chooser, or -1 */
    int chosenIndex() {
        return chooser.getSelectionIndex();
    }

    /** @param index the dashboard to show as chosen, e.g. again after the operator kept the edited one */
    void choose(int index) {
        chooser.select(index);
    }

    /**
     * Shows a dashboard's own range, filter and variables.
     *
     * @param dashboard the dashboard opened
     * @return why its range could not be shown, if it could not
     */
    Optional<String> show(Dashboard dashboard) {
        Optional<String> problem = Optional.empty();
        if (!range.selectRelative(dashboard.time().to().equals("now") ? dashboard.time().from() : "")) { //$NON-NLS-1$ //$NON-NLS-2$
            try {
                range.setAbsolute(dashboard.time().resolve(Clock.systemUTC().instant()));
            } catch (IllegalArgumentException e) {
                problem = Optional.of(e.getMessage());
            }
        }
        filter.setText(dashboard.filter());
        showVariables(dashboard.variables());
        return problem;
    }

    /**
     * @param offered the agencies, levels and sources to offer
     * @param shown the dashboard on screen, whose variables stay chosen; null for none yet
     */
    void offer(VariableChoices offered, Dashboard shown) {
        choices = offered;
        agency.setItems(Messages.Part_all);
        offered.agencies().values().forEach(agency::add);
        level.setItems(Messages.Part_all);
        offered.levels().forEach(l -> level.add(NLS.bind(Messages.Part_levelValue, l)));
        source.setItems(Messages.Part_defaultSource);
        offered.sources().forEach(source::add);
        showVariables(shown == null ? Variables.NONE : shown.variables());
        agency.getParent().layout(true);
    }

    private void showVariables(Variables variables) {
        List<String> agencies = new ArrayList<>(choices.agencies().keySet());
        agency.select(variables.agency() == null ? 0 : agencies.indexOf(variables.agency()) + 1);
        level.select(variables.level() == null ? 0 : choices.levels().indexOf(variables.level()) + 1);
        source.select(variables.source() == null ? 0 : choices.sources().indexOf(variables.source()) + 1);
    }

    /** @return the variables chosen */
    Variables variables() {
        List<String> agencies = new ArrayList<>(choices.agencies().keySet());
        int a = agency.getSelectionIndex();
        int l = level.getSelectionIndex();
        int s = source.getSelectionIndex();
        return new Variables(a > 0 ? agencies.get(a - 1) : null, l > 0 ? choices.levels().get(l - 1) : null,
                s > 0 ? choices.sources().get(s - 1) : null);
    }

    /** @return the filter typed in */
    String filter() {
        return filter.getText();
    }

    /** @param now the present @return the time range chosen */
    TimeRange range(Instant now) {
        return range.resolve(now);
    }

    /** @return the seconds between auto-refreshes; 0 when off */
    int refreshSeconds() {
        return REFRESH_SECONDS[Math.max(0, refresh.getSelectionIndex())];
    }

    /** @return whether the edit toggle is pressed */
    boolean editPressed() {
        return editButton.getSelection();
    }

    /** @param pressed how the edit toggle shows */
    void pressEdit(boolean pressed) {
        editButton.setSelection(pressed);
    }
}
