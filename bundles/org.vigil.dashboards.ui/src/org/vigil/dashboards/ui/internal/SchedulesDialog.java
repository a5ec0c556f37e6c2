package org.vigil.dashboards.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vigil.cases.CaseStores;
import org.vigil.dashboards.DashboardRunner;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.ReportSchedule;
import org.vigil.events.Cancellation;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;
import org.vigil.ui.TitledDialog;

/**
 * The workspace's scheduled period reports, each with its last run: the file it wrote or why it
 * failed. The workbench writes the due ones by itself ({@link ScheduledReportsAddon}); here they
 * are added, removed or written now. Every read and write runs off the UI thread.
 */
final class SchedulesDialog extends TitledDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final DashboardStore store;
    private final DashboardRunner runner;
    private final CaseStores cases;
    private final UISynchronize ui;
    private List<ReportSchedule> shown = List.of();
    private Table table;
    private MessageLine message;

    SchedulesDialog(Shell shell, DashboardStore store, DashboardRunner runner, CaseStores cases, UISynchronize ui) {
        super(shell, Messages.Schedules_title);
        this.store = store;
        this.runner = runner;
        this.cases = cases;
        this.ui = ui;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Schedules_title);
        setMessage(Messages.Schedules_intro);
        Composite box = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(box);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 220).applyTo(table);
        for (String title : List.of(Messages.Schedule_id, Messages.Schedule_dashboard, Messages.Schedule_every,
                Messages.Schedule_language, Messages.Schedule_format, Messages.Schedule_folder,
                Messages.Schedules_lastRun)) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(title);
            column.setWidth(title.equals(Messages.Schedules_lastRun) ? 320 : 100);
        }
        Composite buttons = new Composite(box, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        button(buttons, Messages.Schedules_add, this::add);
        button(buttons, Messages.Schedules_remove, this::remove);
        button(buttons, Messages.Schedules_runNow, this::runNow);
        message = new MessageLine(box, 1);
        load();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static void button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void load() {
        Background.run(Messages.Schedules_title, table, ui, () -> store.schedules().list(), this::show,
                e -> message.problem(e.getMessage()));
    }

    private void show(List<ReportSchedule> schedules) {
        shown = schedules;
        table.removeAll();
        ZoneId zone = ZoneId.systemDefault();
        for (ReportSchedule schedule : schedules) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { schedule.id(), schedule.dashboard(), Schedules.frequencyName(schedule.frequency()),
                    schedule.language(), schedule.format(), schedule.folder().toString(), lastRun(schedule, zone) });
        }
        if (schedules.isEmpty()) {
            message.info(Messages.Schedules_none);
        }
    }

    private static String lastRun(ReportSchedule schedule, ZoneId zone) {
        ReportSchedule.LastRun last = schedule.last();
        if (last == null) {
            return Messages.Schedules_never;
        }
        String when = WHEN.format(last.at().atZone(zone));
        String period = DAY.format(last.period().from().atZone(zone)) + " – " //$NON-NLS-1$
                + DAY.format(last.period().to().atZone(zone).minusDays(1));
        return last.succeeded() ? NLS.bind(Messages.Schedules_wrote, new Object[] { when, period, last.file().getFileName() })
                : NLS.bind(Messages.Schedules_failed, new Object[] { when, period, last.error() });
    }

    private void add() {
        Background.run(Messages.Schedules_title, table, ui, store::list, dashboards -> {
            ScheduleDialog dialog = new ScheduleDialog(getShell(), dashboards,
                    shown.stream().map(ReportSchedule::id).toList());
            if (dialog.open() == Window.OK) {
                ReportSchedule schedule = dialog.result();
                Background.run(Messages.Schedules_title, table, ui, () -> {
                    store.schedules().add(schedule);
                    return schedule;
                }, added -> {
                    message.info(NLS.bind(Messages.Schedules_added, added.id()));
                    load();
                }, e -> message.problem(e.getMessage()));
            }
        }, e -> message.problem(e.getMessage()));
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            message.problem(Messages.Schedules_chooseOne);
            return;
        }
        String id = shown.get(index).id();
        Background.run(Messages.Schedules_title, table, ui, () -> store.schedules().remove(id), removed -> {
            message.info(NLS.bind(Messages.Schedules_removed, id));
            load();
        }, e -> message.problem(e.getMessage()));
    }

    private void runNow() {
        message.info(Messages.Schedules_running);
        Background.run(Messages.Schedules_running, table, ui,
                () -> Schedules.runDue(store, runner, cases, new Cancellation()), outcomes -> {
                    long failed = outcomes.stream().filter(outcome -> !outcome.run().succeeded()).count();
                    message.say(NLS.bind(Messages.Schedules_ran, outcomes.size() - failed, failed), failed > 0);
                    load();
                }, e -> message.problem(e.getMessage()));
    }
}
