package org.vigil.cases.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vigil.ui.VigilUi;

/**
 * A line under a part or tab for what just happened. A problem is marked with the themes' error
 * class rather than a colour set here, because the theme's label colour would paint over that.
 */
final class StatusLine {

    private static final String CSS_CLASS_KEY = "org.eclipse.e4.ui.css.CssClassName"; //$NON-NLS-1$

    private final Label label;

    StatusLine(Composite parent) {
        label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    void info(String text) {
        show(text, VigilUi.CSS_CLASS_STATUS);
    }

    void problem(String text) {
        show(text, VigilUi.CSS_CLASS_ERROR);
    }

    private void show(String text, String cssClass) {
        label.setData(CSS_CLASS_KEY, cssClass);
        // The theme engine restyles a widget when it is reskinned.
        label.reskin(SWT.NONE);
        label.setText(text);
        label.getParent().layout();
    }
}
