package org.vigil.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vigil.cases.AffectedSystems;
import org.vigil.cases.AffectedSystems.Choice;
import org.vigil.cases.SystemRef;
import org.vigil.ui.TitledDialog;

/**
 * Picks affected systems from the registry, narrowed as the operator types; what is typed can
 * also be added as a system the registry does not list yet.
 */
final class SystemPickerDialog extends TitledDialog {

    private final List<Choice> choices;
    private final List<SystemRef> picked = new ArrayList<>();
    private Text filter;
    private Table table;
    private Button freeText;

    SystemPickerDialog(Shell parent, List<Choice> choices) {
        super(parent, Messages.Systems_pickTitle);
        this.choices = choices;
    }

    /** @return the systems picked, after OK */
    List<SystemRef> picked() {
        return picked;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(Messages.Systems_pickTitle);
        setMessage(choices.isEmpty() ? Messages.Systems_noRegistry : Messages.Systems_pickMessage);
        Composite bar = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Systems_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, e -> showChoices());
        freeText = Choices.button(bar, Messages.Systems_addText);
        freeText.addListener(SWT.Selection, e -> addFreeText());
        table = Tables.table(area, SWT.MULTI, 1, Messages.Systems_name, 300, Messages.Systems_agency, 240,
                Messages.Systems_level, 70);
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        showChoices();
    }

    private void showChoices() {
        table.removeAll();
        for (Choice choice : AffectedSystems.filter(choices, filter.getText())) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { choice.system().name(), choice.agency(), level(choice.system()) });
            item.setData(choice.system());
        }
        freeText.setEnabled(!filter.getText().isBlank());
        freeText.setText(filter.getText().isBlank() ? Messages.Systems_addText
                : NLS.bind(Messages.Systems_addTextNamed, filter.getText().strip()));
        freeText.getParent().layout();
    }

    static String level(SystemRef system) {
        return system.level() == null ? "" : String.valueOf(system.level()); //$NON-NLS-1$
    }

    private void addFreeText() {
        picked.add(SystemRef.text(filter.getText()));
        super.okPressed();
    }

    @Override
    protected String okLabel() {
        return Messages.Systems_add;
    }

    @Override
    protected void okPressed() {
        for (TableItem item : table.getSelection()) {
            picked.add((SystemRef) item.getData());
        }
        super.okPressed();
    }
}
