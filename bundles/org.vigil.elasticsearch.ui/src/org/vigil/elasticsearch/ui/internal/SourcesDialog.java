package org.vigil.elasticsearch.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.elasticsearch.ClusterInfo;
import org.vigil.elasticsearch.sources.ConfiguredSources;
import org.vigil.elasticsearch.sources.SourceSettings;
import org.vigil.ui.Background;
import org.vigil.ui.MessageLine;

/**
 * The workspace's Elasticsearch sources: the list, with add, edit, remove and a connection check;
 * entries of the file that could not be used are shown under it, so that nothing configured
 * disappears without a word.
 */
final class SourcesDialog extends Dialog {

    private static final int TABLE_HEIGHT_HINT = 180;
    private static final int[] COLUMN_WIDTHS = { 160, 100, 240, 120, 100 };

    private final ConfiguredSources sources;
    private final UISynchronize ui;
    private Table table;
    private MessageLine status;
    private Text problems;
    private Button edit;
    private Button remove;
    private Button check;

    SourcesDialog(Shell parent, ConfiguredSources sources, UISynchronize ui) {
        super(parent);
        this.sources = sources;
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
        String[] titles = { Messages.Sources_columnName, Messages.Sources_columnId, Messages.Sources_columnUrl,
                Messages.Sources_columnIndex, Messages.Sources_columnUser };
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
        button(buttons, Messages.Sources_add).addListener(SWT.Selection, e -> open(null));
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
        record Listing(List<SourceSettings> sources, List<String> problems) {
        }
        Background.run(Messages.Sources_jobLoad, table, ui, () -> new Listing(sources.sources(), sources.problems()),
                listing -> show(listing.sources(), listing.problems(), selectId), this::fail);
    }

    private void show(List<SourceSettings> configured, List<String> skipped, String selectId) {
        table.removeAll();
        for (SourceSettings settings : configured) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { settings.name(), settings.id(), settings.url().toString(), settings.index(),
                    settings.user() == null ? "" : settings.user() }); //$NON-NLS-1$
            item.setData(settings);
            if (settings.id().equals(selectId)) {
                table.setSelection(item);
            }
        }
        if (configured.isEmpty()) {
            say(Messages.Sources_none, false);
        }
        problems.setText(String.join(System.lineSeparator(), skipped));
        problems.setVisible(!skipped.isEmpty());
        ((GridData) problems.getLayoutData()).exclude = skipped.isEmpty();
        problems.getParent().layout(true);
        updateButtons();
    }

    private SourceSettings selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (SourceSettings) selection[0].getData();
    }

    private void updateButtons() {
        boolean any = selected() != null;
        edit.setEnabled(any);
        remove.setEnabled(any);
        check.setEnabled(any);
    }

    private void edit() {
        SourceSettings settings = selected();
        if (settings != null) {
            open(settings);
        }
    }

    private void open(SourceSettings settings) {
        SourceEditDialog editor = new SourceEditDialog(getShell(), sources, ui, settings);
        if (editor.open() == OK) {
            say(NLS.bind(Messages.Sources_saved, editor.savedId()), false);
            reload(editor.savedId());
        }
    }

    private void remove() {
        SourceSettings settings = selected();
        if (settings == null || !MessageDialog.openQuestion(getShell(), Messages.Sources_removeTitle,
                NLS.bind(Messages.Sources_removeQuestion, settings.name(), settings.id()))) {
            return;
        }
        Background.run(Messages.Sources_jobSave, table, ui, () -> {
            sources.remove(settings.id());
            return settings;
        }, removed -> {
            say(NLS.bind(Messages.Sources_removed, removed.name()), false);
            reload(null);
        }, this::fail);
    }

    private void check() {
        SourceSettings settings = selected();
        if (settings == null) {
            return;
        }
        say(NLS.bind(Messages.Sources_checking, settings.url()), false);
        check.setEnabled(false);
        Background.run(Messages.Sources_jobCheck, table, ui, () -> sources.check(settings, null), info -> {
            say(connected(settings.name(), info), false);
            updateButtons();
        }, e -> {
            fail(e);
            updateButtons();
        });
    }

    static String connected(String name, ClusterInfo info) {
        return NLS.bind(Messages.Sources_connected, new Object[] { name, info.clusterName(), info.version() });
    }

    private void fail(Exception e) {
        say(e.getMessage() == null ? e.toString() : e.getMessage(), true);
    }

    private void say(String text, boolean error) {
        status.say(text, error);
    }
}
