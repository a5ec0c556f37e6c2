package org.vigil.dashboards.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.ReportFrequency;
import org.vigil.dashboards.ReportSchedule;

/** A new scheduled report: which dashboard, how often, in which language and format, into which folder. */
final class ScheduleDialog extends FormDialog {

    private static final List<String> LANGUAGES = List.of("vi", "en"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> FORMATS = List.of("pdf", "html", "png", "json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final List<Dashboard> dashboards;
    private final List<String> taken;
    private Text id;
    private Combo dashboard;
    private Combo frequency;
    private Combo language;
    private Combo format;
    private Text folder;
    private ReportSchedule result;

    /**
     * @param shell the parent
     * @param dashboards the dashboards a schedule can report
     * @param taken the ids of the schedules there are
     */
    ScheduleDialog(Shell shell, List<Dashboard> dashboards, List<String> taken) {
        super(shell, Messages.Schedule_addTitle);
        this.dashboards = dashboards;
        this.taken = taken;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Schedule_addTitle);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        id = text(form, Messages.Schedule_id, ""); //$NON-NLS-1$
        dashboard = combo(form, Messages.Schedule_dashboard,
                dashboards.stream().map(d -> d.title().in(Locale.getDefault())).toList(), 0);
        frequency = combo(form, Messages.Schedule_every,
                Arrays.stream(ReportFrequency.values()).map(Schedules::frequencyName).toList(), 0);
        language = combo(form, Messages.Schedule_language, LANGUAGES,
                Math.max(0, LANGUAGES.indexOf(Locale.getDefault().getLanguage())));
        format = combo(form, Messages.Schedule_format, FORMATS, 0);
        folder = text(form, Messages.Schedule_folder, ""); //$NON-NLS-1$
        new Label(form, SWT.NONE);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(Messages.Schedule_browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
    }

    @Override
    protected String problem() {
        String chosenId = id.getText().strip();
        if (!chosenId.matches("[A-Za-z0-9][A-Za-z0-9-]*")) { //$NON-NLS-1$
            return Messages.Schedule_badId;
        }
        if (taken.contains(chosenId)) {
            return Messages.Schedule_takenId;
        }
        if (dashboard.getSelectionIndex() < 0) {
            return Messages.Schedule_noDashboard;
        }
        try {
            if (folder.getText().isBlank() || !Path.of(folder.getText().strip()).isAbsolute()) {
                return Messages.Schedule_badFolder;
            }
        } catch (InvalidPathException e) {
            return Messages.Schedule_badFolder;
        }
        return null;
    }

    @Override
    protected void accept() {
        result = new ReportSchedule(id.getText().strip(), dashboards.get(dashboard.getSelectionIndex()).id(),
                ReportFrequency.values()[frequency.getSelectionIndex()], LANGUAGES.get(language.getSelectionIndex()),
                FORMATS.get(format.getSelectionIndex()), Path.of(folder.getText().strip()), null);
    }

    /** @return the schedule made, once OK was pressed */
    ReportSchedule result() {
        return result;
    }
}
