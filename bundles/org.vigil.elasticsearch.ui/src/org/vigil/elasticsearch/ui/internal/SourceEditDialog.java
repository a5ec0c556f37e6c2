package org.vigil.elasticsearch.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vigil.elasticsearch.sources.ConfiguredSources;
import org.vigil.elasticsearch.sources.InvalidSourceException;
import org.vigil.elasticsearch.sources.InvalidSourceException.Field;
import org.vigil.elasticsearch.sources.SourceSettings;
import org.vigil.ui.Background;
import org.vigil.ui.TitledDialog;

/**
 * Adds or changes one source. Saving and checking run in jobs; a rule the settings break is shown
 * in the title area and its field gets the focus, and the dialog stays open with everything typed.
 */
final class SourceEditDialog extends TitledDialog {

    private static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int FIELD_WIDTH = 360;

    private final ConfiguredSources sources;
    private final UISynchronize ui;
    private final SourceSettings original;
    private final Map<Field, Text> fields = new EnumMap<>(Field.class);
    private Text password;
    private String savedId;

    /**
     * @param original the settings to change, or {@code null} for a new source
     */
    SourceEditDialog(Shell parent, ConfiguredSources sources, UISynchronize ui, SourceSettings original) {
        super(parent, original == null ? Messages.Edit_titleNew : Messages.Edit_titleChange);
        this.sources = sources;
        this.ui = ui;
        this.original = original;
    }

    /** @return the id of the source saved, after OK */
    String savedId() {
        return savedId;
    }

    @Override
    protected void fill(Composite area) {
        setTitle(original == null ? Messages.Edit_titleNew : NLS.bind(Messages.Edit_titleOf, original.name()));
        setMessage(Messages.Edit_message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        field(form, Field.ID, Messages.Edit_id, original == null ? "" : original.id(), Messages.Edit_idHint); //$NON-NLS-1$
        fields.get(Field.ID).setEditable(original == null);
        field(form, Field.NAME, Messages.Edit_name, original == null ? "" : original.name(), null); //$NON-NLS-1$
        field(form, Field.URL, Messages.Edit_url, original == null ? "https://" : original.url().toString(), //$NON-NLS-1$
                Messages.Edit_urlHint);
        field(form, Field.INDEX, Messages.Edit_index,
                original == null ? SourceSettings.DEFAULT_INDEX : original.index(), Messages.Edit_indexHint);
        field(form, Field.TIMESTAMP, Messages.Edit_timestamp, original == null ? "@timestamp" : original.timestamp(), //$NON-NLS-1$
                null);
        field(form, Field.USER, Messages.Edit_user, original == null || original.user() == null ? "" : original.user(), //$NON-NLS-1$
                Messages.Edit_userHint);
        new Label(form, SWT.NONE).setText(Messages.Edit_password);
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setMessage(original == null ? "" : Messages.Edit_passwordKeep); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(password);
        field(form, Field.CA, Messages.Edit_ca, original == null || original.ca() == null ? "" //$NON-NLS-1$
                : original.ca().toString(), null);
    }

    private void field(Composite form, Field field, String label, String value, String hint) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        if (hint != null) {
            text.setMessage(hint);
        }
        fields.put(field, text);
        if (field == Field.CA) {
            GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
            Button browse = new Button(form, SWT.PUSH);
            browse.setText(Messages.Edit_browse);
            browse.addListener(SWT.Selection, e -> browseCa());
        } else {
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
        }
    }

    private void browseCa() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            fields.get(Field.CA).setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CHECK_ID, Messages.Edit_check, false);
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
        SourceSettings settings = typed();
        if (settings == null) {
            return;
        }
        String secret = typedPassword();
        busy(NLS.bind(Messages.Edit_saving, settings.name()));
        Background.run(Messages.Sources_jobSave, getShell(), ui, () -> {
            sources.save(settings, secret);
            return settings.id();
        }, id -> {
            savedId = id;
            setReturnCode(OK);
            close();
        }, this::failed);
    }

    private void check() {
        SourceSettings settings = typed();
        if (settings == null) {
            return;
        }
        String secret = typedPassword();
        busy(NLS.bind(Messages.Sources_checking, settings.url()));
        Background.run(Messages.Sources_jobCheck, getShell(), ui, () -> sources.check(settings, secret), info -> {
            idle();
            setErrorMessage(null);
            setMessage(SourcesDialog.connected(settings.name(), info), IMessageProvider.INFORMATION);
        }, this::failed);
    }

    /** @return the settings as typed, or {@code null} after showing why they cannot be read */
    private SourceSettings typed() {
        try {
            return SourceSettings.fromText(text(Field.ID), text(Field.NAME), text(Field.URL), text(Field.INDEX),
                    text(Field.TIMESTAMP), text(Field.USER), text(Field.CA));
        } catch (InvalidSourceException e) {
            failed(e);
            return null;
        }
    }

    private String text(Field field) {
        return fields.get(field).getText();
    }

    /** @return the password typed, or {@code null} to keep the stored one */
    private String typedPassword() {
        return password.getText().isEmpty() ? null : password.getText();
    }

    private void failed(Exception e) {
        idle();
        setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage());
        if (e instanceof InvalidSourceException invalid) {
            Text at = invalid.field() == Field.USER && !text(Field.USER).isBlank() ? password : fields.get(invalid.field());
            at.setFocus();
            at.selectAll();
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
        getButton(CHECK_ID).setEnabled(enabled);
    }
}
