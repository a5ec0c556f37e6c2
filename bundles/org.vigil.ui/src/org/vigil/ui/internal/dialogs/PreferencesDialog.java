package org.vigil.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.vigil.ui.SourceTimeLimit;
import org.vigil.ui.internal.Messages;

/**
 * The workbench preferences: the theme (applied on OK and remembered by the theme engine for
 * the next start), the time limit of a data source's calls, and where the language comes from.
 */
public final class PreferencesDialog extends Dialog {

    private static final String VIGIL_THEME_PREFIX = "org.vigil.ui.theme.";
    /** Wraps the long hint instead of widening the dialog to its length. */
    private static final int HINT_WIDTH = 420;

    private final IThemeEngine themes;
    private final List<Button> themeButtons = new ArrayList<>();
    private Spinner timeLimit;

    /**
     * @param parent the shell to center on
     * @param themes the running theme engine
     */
    public PreferencesDialog(Shell parent, IThemeEngine themes) {
        super(parent);
        this.themes = themes;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Preferences_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Group group = new Group(area, SWT.NONE);
        group.setText(Messages.Preferences_theme);
        group.setLayout(new GridLayout(1, false));
        ITheme active = themes.getActiveTheme();
        for (ITheme theme : themes.getThemes()) {
            if (theme.getId().startsWith(VIGIL_THEME_PREFIX)) {
                Button button = new Button(group, SWT.RADIO);
                button.setText(theme.getLabel());
                button.setData(theme);
                button.setSelection(active != null && active.getId().equals(theme.getId()));
                themeButtons.add(button);
            }
        }
        new Label(group, SWT.WRAP).setText(Messages.Preferences_themeHint);
        Composite limit = new Composite(area, SWT.NONE);
        limit.setLayout(new GridLayout(2, false));
        new Label(limit, SWT.NONE).setText(Messages.Preferences_sourceTimeLimit);
        timeLimit = new Spinner(limit, SWT.BORDER);
        timeLimit.setValues((int) SourceTimeLimit.get().toSeconds(), SourceTimeLimit.MIN_SECONDS,
                SourceTimeLimit.MAX_SECONDS, 0, 5, 30);
        Label hint = new Label(limit, SWT.WRAP);
        hint.setText(Messages.Preferences_sourceTimeLimitHint);
        GridData hintLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hintLayout.widthHint = HINT_WIDTH;
        hint.setLayoutData(hintLayout);
        new Label(area, SWT.WRAP).setText(Messages.Preferences_language);
        return area;
    }

    @Override
    protected void okPressed() {
        themeButtons.stream().filter(Button::getSelection).findFirst()
                .ifPresent(button -> themes.setTheme((ITheme) button.getData(), true));
        SourceTimeLimit.set(timeLimit.getSelection());
        super.okPressed();
    }
}
