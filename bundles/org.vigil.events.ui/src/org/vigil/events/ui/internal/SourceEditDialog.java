package org.vigil.events.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.ui.Background;
import org.vigil.ui.TitledDialog;

/**
 * Adds or changes one source, with the form its kind declares: a text field per setting, a
 * password field for a secret, a check box for yes or no, a list for options, a file chooser for a
 * file. Saving and checking run in jobs; a value the store refuses is shown in the title area and
 * its field gets the focus, and the dialog stays open with everything typed.
 */
final class SourceEditDialog extends TitledDialog {

    private static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int FIELD_WIDTH = 360;

    /** How a setting's value is read back from its control. */
    private interface Field {
        Control control();

        String value();
    }

    private final SourceSettingsStore store;
    private final UISynchronize ui;
    private final SourceKind kind;
    private final SourceEntry original;
    private final boolean checksConnection;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private Text id;
    private String savedId;

    /**
     * @param kind the kind whose form is shown
     * @param original the entry to change, or {@code null} for a new source
     * @param checksConnection whether the kind can check a connection
     */
    SourceEditDialog(Shell parent, SourceSettingsStore store, UISynchronize ui, SourceKind kind, SourceEntry original,
            boolean checksConnection) {
        super(parent, NLS.bind(original == null ? Messages.Edit_titleNew : Messages.Edit_titleChange, kind.name()));
        this.store = store;
        this.ui = ui;
        this.kind = kind;
        this.original = original;
        this.checksConnection = checksConnection;
    }

    /** @return the id of the source saved, after OK */
    String savedId() {
        return savedId;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(original == null ? NLS.bind(Messages.Edit_titleNew, kind.name())
                : NLS.bind(Messages.Edit_titleOf, original.value("name").orElse(original.id()))); //$NON-NLS-1$
        setMessage(kind.description().isEmpty() ? Messages.Edit_message : kind.description());
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Edit_id);
        id = new Text(form, SWT.BORDER);
        id.setText(original == null ? "" : original.id()); //$NON-NLS-1$
        id.setMessage(Messages.Edit_idHint);
        // A saved source keeps its id (other settings and --source name it): not editable, not focused first.
        id.setEnabled(original == null);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(id);
        for (Setting setting : kind.settings()) {
            fields.put(setting.id(), field(form, setting));
        }
    }

    private Field field(Composite form, Setting setting) {
        Label label = new Label(form, SWT.NONE);
        label.setText(setting.required() ? NLS.bind(Messages.Edit_required, setting.label()) : setting.label() + ':');
        label.setToolTipText(setting.description());
        String value = original == null ? orEmpty(setting.defaultValue())
                : original.value(setting.id()).orElse(""); //$NON-NLS-1$
        Field field = switch (setting.type()) {
            case BOOLEAN -> checkBox(form, Boolean.parseBoolean(value));
            case CHOICE -> choice(form, setting, value);
            case SECRET -> secret(form);
            default -> text(form, setting, value);
        };
        field.control().setToolTipText(setting.description());
        return field;
    }

    private static Field checkBox(Composite form, boolean checked) {
        Button box = new Button(form, SWT.CHECK);
        box.setSelection(checked);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(box);
        return field(box, () -> Boolean.toString(box.getSelection()));
    }

    private static Field choice(Composite form, Setting setting, String value) {
        Combo combo = new Combo(form, SWT.READ_ONLY);
        setting.options().forEach(option -> combo.add(option.label()));
        for (int i = 0; i < setting.options().size(); i++) {
            if (setting.options().get(i).value().equals(value)) {
                combo.select(i);
            }
        }
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
        return field(combo, () -> combo.getSelectionIndex() < 0 ? "" //$NON-NLS-1$
                : setting.options().get(combo.getSelectionIndex()).value());
    }

    private Field secret(Composite form) {
        Text text = new Text(form, SWT.BORDER | SWT.PASSWORD);
        text.setMessage(original == null ? "" : Messages.Edit_secretKeep); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
        return field(text, text::getText);
    }

    private Field text(Composite form, Setting setting, String value) {
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        if (setting.type() == SettingType.URL && value.isEmpty()) {
            text.setText("https://"); //$NON-NLS-1$
        }
        if (setting.type() == SettingType.PATH) {
            GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
            Button browse = new Button(form, SWT.PUSH);
            browse.setText(Messages.Edit_browse);
            browse.addListener(SWT.Selection, e -> browse(text));
        } else {
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
        }
        return field(text, text::getText);
    }

    private static Field field(Control control, java.util.function.Supplier<String> value) {
        return new Field() {
            @Override
            public Control control() {
                return control;
            }

            @Override
            public String value() {
                return value.get();
            }
        };
    }

    private void browse(Text target) {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        String chosen = dialog.open();
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (checksConnection) {
            createButton(parent, CHECK_ID, Messages.Edit_check, false);
        }
        createButton(parent, IDialogConstants.OK_ID, Messages.Edit_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CHECK_ID) {
            check();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        SourceEntry entry = typed();
        Map<String, String> secrets = typedSecrets();
        Locale locale = Locale.getDefault();
        busy(NLS.bind(Messages.Edit_saving, entry.id()));
        Background.run(Messages.Sources_jobSave, getShell(), ui, () -> {
            store.save(entry, secrets, locale);
            return entry.id();
        }, saved -> {
            savedId = saved;
            setReturnCode(OK);
            close();
        }, this::failed);
    }

    private void check() {
        SourceEntry entry = typed();
        Map<String, String> secrets = typedSecrets();
        Locale locale = Locale.getDefault();
        busy(NLS.bind(Messages.Sources_checking, entry.value("url").orElse(entry.id()))); //$NON-NLS-1$
        Background.run(Messages.Sources_jobCheck, getShell(), ui, () -> store.checkConnection(entry, secrets, locale),
                answer -> {
                    idle();
                    setErrorMessage(null);
                    setMessage(NLS.bind(Messages.Sources_connected, entry.id(), answer), IMessageProvider.INFORMATION);
                }, this::failed);
    }

    /** @return the entry as typed, secrets apart; blank values left out, so that defaults apply */
    private SourceEntry typed() {
        Map<String, String> values = new HashMap<>();
        for (Setting setting : kind.settings()) {
            String value = fields.get(setting.id()).value().strip();
            if (!setting.secret() && !value.isEmpty()) {
                values.put(setting.id(), value);
            }
        }
        return new SourceEntry(id.getText().strip(), kind.kind(), values);
    }

    /** @return the secrets typed; one left empty keeps the stored one */
    private Map<String, String> typedSecrets() {
        Map<String, String> secrets = new HashMap<>();
        for (Setting setting : kind.settings()) {
            String value = fields.get(setting.id()).value();
            if (setting.secret() && !value.isEmpty()) {
                secrets.put(setting.id(), value);
            }
        }
        return secrets;
    }

    private void failed(Exception e) {
        idle();
        setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage());
        if (e instanceof InvalidSettingException invalid) {
            Control at = InvalidSettingException.ID.equals(invalid.field()) || !fields.containsKey(invalid.field()) ? id
                    : fields.get(invalid.field()).control();
            at.setFocus();
            if (at instanceof Text text) {
                text.selectAll();
            }
        }
    }

    private void busy(String message) {
        setErrorMessage(null);
        setMessage(message, IMessageProvider.NONE);
        enable(false);
    }

    private void idle() {
        enable(true);
    }

    private void enable(boolean enabled) {
        getButton(IDialogConstants.OK_ID).setEnabled(enabled);
        if (getButton(CHECK_ID) != null) {
            getButton(CHECK_ID).setEnabled(enabled);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
