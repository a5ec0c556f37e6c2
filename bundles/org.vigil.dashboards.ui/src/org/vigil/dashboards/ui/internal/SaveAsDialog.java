package org.vigil.dashboards.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.dashboards.Dashboard;

/** The id and titles of a dashboard's copy; OK stays disabled while the id is taken or not valid. */
final class SaveAsDialog extends FormDialog {

    private final Dashboard from;
    private final List<String> taken;
    private Text id;
    private Text titleEn;
    private Text titleVi;
    private String chosenId;
    private org.vigil.cases.Text chosenTitle;

    /**
     * @param shell the parent shell
     * @param from the dashboard to copy
     * @param taken the ids of the dashboards there are
     */
    SaveAsDialog(Shell shell, Dashboard from, List<String> taken) {
        super(shell, Messages.Edit_saveAsTitle);
        this.from = from;
        this.taken = taken;
    }

    String id() {
        return chosenId;
    }

    org.vigil.cases.Text title() {
        return chosenTitle;
    }

    @Override
    protected void fill(Composite area) {
        Composite form = form(area, Messages.Edit_saveAsTitle, Messages.Edit_saveAsMessage);
        String suggested = from.id();
        for (int n = 1; taken.contains(suggested); n++) {
            suggested = from.id() + "-copy" + (n == 1 ? "" : "-" + n); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        id = text(form, Messages.Edit_id, suggested);
        titleEn = text(form, Messages.Edit_title, copyTitle(from.title().en(), Locale.ENGLISH));
        titleVi = text(form, Messages.Edit_titleVi, copyTitle(from.title().vi(), Locale.of("vi"))); //$NON-NLS-1$
    }

    private static String copyTitle(String title, Locale language) {
        // The suffix is in the title's own language, whichever the workbench speaks.
        return Locale.getDefault().getLanguage().equals(language.getLanguage())
                ? NLS.bind(Messages.Edit_copyTitle, title) : title;
    }



    @Override
    protected void accept() {
        chosenId = id.getText().strip();
        chosenTitle = new org.vigil.cases.Text(titleEn.getText().strip(), titleVi.getText().strip());
    }

    @Override
    protected String problem() {
        String wanted = id.getText().strip();
        return !wanted.matches(Dashboard.ID_PATTERN) ? Messages.Edit_badId
                : taken.contains(wanted) ? NLS.bind(Messages.Edit_takenId, wanted)
                        : titleEn.getText().isBlank() ? Messages.Edit_blankTitle : null;
    }
}
