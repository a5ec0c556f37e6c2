package org.vigil.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.vigil.ui.internal.Messages;

/**
 * The workbench preferences: the theme (applied on OK and remembered by the theme engine for
 * the next start) and where the language comes from.
 */
public final class PreferencesDialog extends Dialog {

    private static final String VIGIL_THEME_PREFIX = "org.vigil.ui.theme.";

    private final IThemeEngine themes;
    private final List<Button> themeButtons = new ArrayList<>();

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
        new Label(area, SWT.WRAP).setText(Messages.Preferences_language);
        return area;
    }

    @Override
    protected void okPressed() {
        themeButtons.stream().filter(Button::getSelection).findFirst()
                .ifPresent(button -> themes.setTheme((ITheme) button.getData(), true));
        super.okPressed();
    }
}
