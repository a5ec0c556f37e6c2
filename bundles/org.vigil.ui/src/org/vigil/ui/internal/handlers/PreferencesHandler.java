package org.vigil.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Shell;
import org.vigil.ui.internal.dialogs.PreferencesDialog;

import jakarta.inject.Named;

/** Opens the preferences, where the operator picks the light or dark theme. */
public final class PreferencesHandler {

    @Execute
    void execute(@Named("activeShell") Shell shell, IThemeEngine themes) {
        new PreferencesDialog(shell, themes).open();
    }
}
