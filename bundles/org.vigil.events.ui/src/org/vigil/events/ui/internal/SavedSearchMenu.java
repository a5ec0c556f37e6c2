package org.vigil.events.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The drop-down menus of the query bar's buttons: saving the search under a name, opening and
 * deleting saved ones, and the export formats.
 */
final class SavedSearchMenu {

    private final SavedSearches saved = new SavedSearches();
    private final Function<String, SavedSearches.Saved> current;
    private final Consumer<SavedSearches.Saved> open;

    /**
     * @param current the search on screen under a name, or null when there is nothing to save
     * @param open shows a saved search and runs it
     */
    SavedSearchMenu(Function<String, SavedSearches.Saved> current, Consumer<SavedSearches.Saved> open) {
        this.current = current;
        this.open = open;
    }

    void show(Button anchor) {
        Menu menu = new Menu(anchor);
        item(menu, Messages.Saved_save, () -> save(anchor));
        List<String> names = saved.names();
        if (!names.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
            names.forEach(name -> item(menu, name, () -> saved.find(name).ifPresent(open)));
            MenuItem delete = new MenuItem(menu, SWT.CASCADE);
            delete.setText(Messages.Saved_delete);
            Menu deleteMenu = new Menu(delete);
            delete.setMenu(deleteMenu);
            names.forEach(name -> item(deleteMenu, name, () -> saved.delete(name)));
        }
        showBelow(menu, anchor);
    }

    static void showBelow(Menu menu, Button anchor) {
        Point corner = anchor.toDisplay(0, anchor.getSize().y);
        menu.setLocation(corner);
        menu.setVisible(true);
    }

    static void item(Menu menu, String label, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private void save(Button anchor) {
        InputDialog dialog = new InputDialog(anchor.getShell(), Messages.Saved_title, Messages.Saved_prompt, "",
                name -> name.isBlank() || name.contains("/") ? Messages.Saved_badName : null);
        if (dialog.open() == Window.OK) {
            SavedSearches.Saved search = current.apply(dialog.getValue().strip());
            if (search != null) {
                saved.save(search);
            }
        }
    }
}
