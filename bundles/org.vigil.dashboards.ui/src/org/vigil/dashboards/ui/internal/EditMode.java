package org.vigil.dashboards.ui.internal;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardEdits;
import org.vigil.dashboards.Panel;

/**
 * Edit mode: its row of buttons (add a panel, undo, redo, save, save as, export, import, done)
 * and the edits made since it started, kept by {@link DashboardEdits}. Each edit shows at once;
 * nothing is written until a save.
 */
final class EditMode {

    /** What edit mode asks of the part. */
    interface Screen {

        /** @return the dashboard as on screen when edit mode starts: the filter typed in included */
        Dashboard onScreen();

        /** @param edited the dashboard after an edit, an undo or a redo, to show */
        void showEdited(Dashboard edited);

        /** Edit mode ended with edits not saved: shows the dashboard as saved again. */
        void discarded();

        /** Edit mode ended with nothing to discard: the panels lose their edit buttons. */
        void ended();
    }

    private final Screen screen;
    private final Shell shell;
    private final Composite bar;
    private final Button undo;
    private final Button redo;
    private DashboardEdits edits;

    /**
     * @param parent the part, laid out in one column
     * @param files the save, save as, export and import of the dashboard on screen
     * @param screen the part
     */
    EditMode(Composite parent, DashboardFiles files, Screen screen) {
        this.screen = screen;
        this.shell = parent.getShell();
        bar = DashboardBar.row(parent, 8);
        DashboardBar.button(bar, Messages.Edit_add, this::addPanel);
        undo = DashboardBar.button(bar, Messages.Edit_undo, this::undo);
        redo = DashboardBar.button(bar, Messages.Edit_redo, this::redo);
        DashboardBar.button(bar, Messages.Edit_save, files::save);
        DashboardBar.button(bar, Messages.Edit_saveAs, files::saveAs);
        DashboardBar.button(bar, Messages.Edit_export, files::export);
        DashboardBar.button(bar, Messages.Edit_import, files::importFile);
        DashboardBar.button(bar, Messages.Edit_done, this::done);
        showBar(false);
    }

    /** @param control the control edit mode's row of buttons goes above */
    void placeAbove(Control control) {
        bar.moveAbove(control);
    }

    /** @return whether edit mode is on */
    boolean editing() {
        return edits != null;
    }

    /** @return whether there are edits not saved */
    boolean isDirty() {
        return edits != null && edits.isDirty();
    }

    /** @return the dashboard with its edits; only while editing */
    Dashboard current() {
        return edits.current();
    }

    /** Starts edit mode on the dashboard on screen. */
    void start() {
        edits = new DashboardEdits(screen.onScreen());
        showBar(true);
        enableUndo();
    }

    /**
     * Ends edit mode; unsaved edits are thrown away only if the operator agrees.
     *
     * @return whether it ended
     */
    boolean done() {
        if (isDirty() && !mayDiscard()) {
            return false;
        }
        boolean discarded = isDirty();
        stop();
        if (discarded) {
            screen.discarded();
        } else {
            screen.ended();
        }
        return true;
    }

    /** @return whether the operator agrees to lose the unsaved edits, or there are none */
    boolean mayLeave() {
        return !isDirty() || mayDiscard();
    }

    private boolean mayDiscard() {
        return MessageDialog.openQuestion(shell, Messages.Edit_discard,
                NLS.bind(Messages.Edit_unsaved, edits.current().title().in(Locale.getDefault())));
    }

    /** Ends edit mode without asking, e.g. after an import or when another dashboard is opened. */
    void stop() {
        edits = null;
        showBar(false);
    }

    /** @param saved the dashboard as saved: what is on screen is no longer unsaved */
    void saved(Dashboard saved) {
        if (edits != null) {
            edits.saved(saved);
        }
    }

    /**
     * @param view a panel on screen
     * @param edit the edit button the operator pressed on it
     */
    void edit(PanelView view, PanelEdit edit) {
        Panel panel = view.panel();
        String name = panel.title().in(Locale.getDefault());
        if (edit.places()) {
            apply(NLS.bind(edit.resizes() ? Messages.Edit_resize : Messages.Edit_move, name),
                    d -> DashboardEdits.place(d, panel.id(), edit.apply(panel.grid())));
        } else if (edit == PanelEdit.REMOVE) {
            apply(NLS.bind(Messages.Edit_removed, name), d -> DashboardEdits.remove(d, panel.id()));
        } else {
            PanelDialog dialog = new PanelDialog(shell, panel);
            if (dialog.open() == Window.OK) {
                apply(NLS.bind(Messages.Edit_changed, name), d -> DashboardEdits.replace(d, dialog.panel()));
            }
        }
    }

    private void addPanel() {
        PanelDialog dialog = new PanelDialog(shell, PanelDialog.newPanel(edits.current()));
        if (dialog.open() == Window.OK) {
            add(dialog.panel());
        }
    }

    /** @param added the panel the panel dialog filled in, added to the dashboard */
    void add(Panel added) {
        apply(NLS.bind(Messages.Edit_added, added.title().in(Locale.getDefault())), d -> DashboardEdits.add(d, added));
    }

    void undo() {
        show(edits.undo());
    }

    void redo() {
        show(edits.redo());
    }

    private void apply(String label, UnaryOperator<Dashboard> edit) {
        show(edits.apply(label, edit));
    }

    private void show(Dashboard edited) {
        screen.showEdited(edited);
        enableUndo();
    }

    private void enableUndo() {
        undo.setEnabled(edits.canUndo());
        redo.setEnabled(edits.canRedo());
        undo.setText(edits.canUndo() ? NLS.bind(Messages.Edit_undoWhat, edits.undoLabel()) : Messages.Edit_undo);
        redo.setText(edits.canRedo() ? NLS.bind(Messages.Edit_redoWhat, edits.redoLabel()) : Messages.Edit_redo);
        bar.layout(true);
    }

    private void showBar(boolean visible) {
        bar.setVisible(visible);
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.getParent().layout(true);
    }
}
