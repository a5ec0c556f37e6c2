package org.vigil.cases.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.vigil.cases.Case;
import org.vigil.cases.CaseStore;
import org.vigil.cases.report.IncidentReport;
import org.vigil.reports.ReportFormat;
import org.vigil.ui.Background;

/**
 * The case editor's "Export report…": a menu of format and language under the button, a file
 * dialog, and the report of the case as stored written in the background. The outcome, or the
 * reason with the file's name, goes to the editor's message line.
 */
final class ReportExport {

    private final CaseStore store;
    private final UISynchronize ui;
    private final String number;
    private final Consumer<String> done;
    private final Consumer<String> failed;

    ReportExport(CaseStore store, UISynchronize ui, String number, Consumer<String> done, Consumer<String> failed) {
        this.store = store;
        this.ui = ui;
        this.number = number;
        this.done = done;
        this.failed = failed;
    }

    /** Opens the menu of formats and languages under the button. */
    void choose(Button button) {
        Menu menu = new Menu(button);
        item(menu, Messages.Export_pdfVi, ReportFormat.PDF, "vi"); //$NON-NLS-1$
        item(menu, Messages.Export_pdfEn, ReportFormat.PDF, "en"); //$NON-NLS-1$
        item(menu, Messages.Export_markdownVi, ReportFormat.MARKDOWN, "vi"); //$NON-NLS-1$
        item(menu, Messages.Export_markdownEn, ReportFormat.MARKDOWN, "en"); //$NON-NLS-1$
        Rectangle bounds = button.getBounds();
        menu.setLocation(button.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        menu.setVisible(true);
    }

    private void item(Menu menu, String text, ReportFormat format, String language) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> export(menu.getShell(), format, Locale.of(language)));
    }

    private void export(Shell shell, ReportFormat format, Locale language) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(number + "-" + language.getLanguage() + "." + format.extension()); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { format == ReportFormat.PDF ? Messages.Export_filterPdf : Messages.Export_filterMarkdown });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        Background.run(Messages.Export_job, shell, ui, () -> write(format, language, file),
                written -> done.accept(NLS.bind(Messages.Export_done, number, written)),
                e -> failed.accept(Problems.describe(e)));
    }

    private Path write(ReportFormat format, Locale language, Path file) throws Exception {
        Case c = store.get(number);
        format.write(IncidentReport.of(c, store.audit(number), store.settings(), language, ZoneId.systemDefault(),
                Instant.now()).document(), file);
        return file;
    }
}
