package org.vigil.dashboards.ui.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardEdits;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardStore;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;

/**
 * Save, save as, export and import of the dashboard on screen: the store's file work runs off the
 * UI thread, and how it went shows on the dashboard's message line. A shipped dashboard is never
 * saved over: it is saved as a copy under an id of its own.
 */
final class DashboardFiles {

    private static final System.Logger LOG = System.getLogger(DashboardFiles.class.getName());

    /** What the files act on and whom they tell. */
    interface Screen {

        /** @return the dashboard as on screen: edits, filter and variables included */
        Dashboard current();

        /** @return the ids of the dashboards there are */
        List<String> ids();

        /** @param saved the dashboard as saved, perhaps under a new id */
        void saved(Dashboard saved);

        /** @param imported the dashboard an import saved */
        void imported(Dashboard imported);
    }

    private final DashboardStore store;
    private final UISynchronize ui;
    private final Control owner;
    private final MessageLine line;
    private final PanelHost host;
    private final Screen screen;

    DashboardFiles(DashboardStore store, UISynchronize ui, Control owner, MessageLine line, PanelHost host,
            Screen screen) {
        this.store = store;
        this.ui = ui;
        this.owner = owner;
        this.line = line;
        this.host = host;
        this.screen = screen;
    }

    /** Saves over the saved file; a shipped dashboard stays as shipped and is saved as a copy. */
    void save() {
        Dashboard current = screen.current();
        if (store.isShipped(current.id())) {
            line.info(NLS.bind(Messages.Edit_shippedCopy, current.title().in(Locale.getDefault())));
            saveAs();
            return;
        }
        write(current);
    }

    void saveAs() {
        Dashboard current = screen.current();
        SaveAsDialog dialog = new SaveAsDialog(owner.getShell(), current, screen.ids());
        if (dialog.open() == Window.OK) {
            write(DashboardEdits.copy(current, dialog.id(), dialog.title()));
        }
    }

    private void write(Dashboard dashboard) {
        Background.run(Messages.Edit_save, owner, ui, () -> {
            store.save(dashboard);
            return dashboard;
        }, saved -> {
            LOG.log(System.Logger.Level.INFO, "Dashboard saved: {0}", saved.id()); //$NON-NLS-1$
            line.info(NLS.bind(Messages.Edit_savedAs, saved.title().in(Locale.getDefault()), store.location()));
            screen.saved(saved);
        }, e -> line.problem(NLS.bind(Messages.Edit_saveFailed, e.getMessage())));
    }

    void export() {
        Dashboard current = screen.current();
        FileDialog dialog = new FileDialog(owner.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json" }); //$NON-NLS-1$
        dialog.setFileName(current.id() + ".json"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            PanelExport.save(Path.of(chosen), host, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                DashboardFile.write(current, writer);
                writer.flush();
            });
        }
    }

    /** Reads a file the operator picks and saves it; a malformed one is named by file, line and column. */
    void importFile() {
        FileDialog dialog = new FileDialog(owner.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Background.run(Messages.Edit_import, owner, ui, () -> store.importFile(Path.of(chosen)), imported -> {
            LOG.log(System.Logger.Level.INFO, "Dashboard imported: {0}", imported.id()); //$NON-NLS-1$
            line.info(NLS.bind(Messages.Edit_imported, imported.title().in(Locale.getDefault())));
            screen.imported(imported);
        }, e -> {
            LOG.log(System.Logger.Level.INFO, "Dashboard import refused: {0}", e.getMessage()); //$NON-NLS-1$
            line.problem(NLS.bind(Messages.Edit_importFailed, e.getMessage()));
        });
    }
}
