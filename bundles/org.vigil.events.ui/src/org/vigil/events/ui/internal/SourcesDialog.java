package org.vigil.events.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;

/**
 * The workspace's configured sources of every kind: the list, with add (choosing the kind), edit,
 * remove and a connection check; the form of each kind is built from its declaration. Entries
 * the kinds could not use are shown under the list, so that nothing configured disappears
 * without a word.
 */
final class SourcesDialog extends Dialog {

    private static final int TABLE_HEIGHT_HINT = 180;
    private static final int[] COLUMN_WIDTHS = { 180, 100, 140, 280 };
    private static final String URL = "url"; //$NON-NLS-1$
    private static final String NAME = "name"; //$NON-NLS-1$

    /** What the dialog shows, read in the background. */
    private record Listing(List<SourceKind> kinds, List<SourceEntry> entries, List<String> problems,
            Set<String> checking) {
    }

    private final SourceSettingsStore store;
    private final UISynchronize ui;
    private Listing listing = new Listing(List.of(), List.of(), List.of(), Set.of());
    private Table table;
    private MessageLine status;
    private Text problems;
    private Button add;
    private Button edit;
    private Button remove;
    private Button check;

    SourcesDialog(Shell parent, SourceSettingsStore store, UISynchronize ui) {
        super(parent);
        this.store = store;
        this.ui = ui;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Sources_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
        new Label(area, SWT.WRAP).setText(Messages.Sources_intro);
        new Label(area, SWT.NONE);
        createTable(area);
        createButtons(area);
        status = new MessageLine(area, 2);
        problems = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).exclude(true).applyTo(problems);
        problems.setVisible(false);
        reload(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    private void createTable(Composite area) {
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { Messages.Sources_columnName, Messages.Sources_columnId, Messages.Sources_columnKind,
                Messages.Sources_columnUrl };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(COLUMN_WIDTHS[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, TABLE_HEIGHT_HINT).applyTo(table);
        table.addListener(SWT.Selection, e -> updateButtons());
        table.addListener(SWT.DefaultSelection, e -> edit());
    }

    private void createButtons(Composite area) {
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        add = button(buttons, Messages.Sources_add);
        add.addListener(SWT.Selection, e -> chooseKind());
        edit = button(buttons, Messages.Sources_edit);
        edit.addListener(SWT.Selection, e -> edit());
        remove = button(buttons, Messages.Sources_remove);
        remove.addListener(SWT.Selection, e -> remove());
        check = button(buttons, Messages.Sources_check);
        check.addListener(SWT.Selection, e -> check());
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    private void reload(String selectId) {
        Locale locale = Locale.getDefault();
        Background.run(Messages.Sources_jobLoad, table, ui, () -> {
            List<SourceKind> kinds = store.kinds(locale);
            Set<String> checking = kinds.stream().map(SourceKind::kind).filter(store::checksConnection)
                    .collect(Collectors.toSet());
            return new Listing(kinds, store.entries(), store.problems(), checking);
        }, loaded -> show(loaded, selectId), this::fail);
    }

    private void show(Listing loaded, String selectId) {
        listing = loaded;
        Map<String, SourceKind> kinds = loaded.kinds().stream()
                .collect(Collectors.toMap(SourceKind::kind, Function.identity()));
        table.removeAll();
        for (SourceEntry entry : loaded.entries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            SourceKind kind = kinds.get(entry.kind());
            item.setText(new String[] { entry.value(NAME).orElse(entry.id()), entry.id(),
                    kind == null ? NLS.bind(Messages.Sources_kindMissing, entry.kind()) : kind.name(),
                    entry.value(URL).orElse("") }); //$NON-NLS-1$
            item.setData(entry);
            if (entry.id().equals(selectId)) {
                table.setSelection(item);
            }
        }
        if (loaded.entries().isEmpty()) {
            say(Messages.Sources_none, false);
        }
        problems.setText(String.join(System.lineSeparator(), loaded.problems()));
        problems.setVisible(!loaded.problems().isEmpty());
        ((GridData) problems.getLayoutData()).exclude = loaded.problems().isEmpty();
        problems.getParent().layout(true);
        updateButtons();
    }

    private SourceEntry selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (SourceEntry) selection[0].getData();
    }

    private SourceKind kindOf(SourceEntry entry) {
        return listing.kinds().stream().filter(kind -> kind.kind().equals(entry.kind())).findFirst().orElse(null);
    }

    private void updateButtons() {
        SourceEntry entry = selected();
        add.setEnabled(!listing.kinds().isEmpty());
        edit.setEnabled(entry != null && kindOf(entry) != null);
        remove.setEnabled(entry != null);
        check.setEnabled(entry != null && listing.checking().contains(entry.kind()));
    }

    /** One kind opens its form at once; several are offered in a menu under the button. */
    private void chooseKind() {
        List<SourceKind> kinds = listing.kinds();
        if (kinds.size() == 1) {
            open(kinds.get(0), null);
            return;
        }
        Menu menu = new Menu(add);
        for (SourceKind kind : kinds) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(kind.name());
            item.setToolTipText(kind.description());
            item.addListener(SWT.Selection, e -> open(kind, null));
        }
        Rectangle bounds = add.getBounds();
        Point below = add.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(below);
        menu.setVisible(true);
    }

    private void edit() {
        SourceEntry entry = selected();
        if (entry != null && kindOf(entry) != null) {
            open(kindOf(entry), entry);
        }
    }

    private void open(SourceKind kind, SourceEntry entry) {
        SourceEditDialog editor = new SourceEditDialog(getShell(), store, ui, kind, entry,
                listing.checking().contains(kind.kind()));
        if (editor.open() == OK) {
            say(NLS.bind(Messages.Sources_saved, editor.savedId()), false);
            reload(editor.savedId());
        }
    }

    private void remove() {
        SourceEntry entry = selected();
        String name = entry == null ? null : entry.value(NAME).orElse(entry.id());
        if (entry == null || !MessageDialog.openQuestion(getShell(), Messages.Sources_removeTitle,
                NLS.bind(Messages.Sources_removeQuestion, name, entry.id()))) {
            return;
        }
        Background.run(Messages.Sources_jobSave, table, ui, () -> {
            store.remove(entry.id());
            return name;
        }, removed -> {
            say(NLS.bind(Messages.Sources_removed, removed), false);
            reload(null);
        }, this::fail);
    }

    private void check() {
        SourceEntry entry = selected();
        if (entry == null) {
            return;
        }
        String name = entry.value(NAME).orElse(entry.id());
        say(NLS.bind(Messages.Sources_checking, entry.value(URL).orElse(name)), false);
        check.setEnabled(false);
        Locale locale = Locale.getDefault();
        Background.run(Messages.Sources_jobCheck, table, ui, () -> store.checkConnection(entry, Map.of(), locale),
                answer -> {
                    say(NLS.bind(Messages.Sources_connected, name, answer), false);
                    updateButtons();
                }, e -> {
                    fail(e);
                    updateButtons();
                });
    }

    private void fail(Exception e) {
        say(e.getMessage() == null ? e.toString() : e.getMessage(), true);
    }

    private void say(String text, boolean error) {
        status.say(text, error);
    }
}
