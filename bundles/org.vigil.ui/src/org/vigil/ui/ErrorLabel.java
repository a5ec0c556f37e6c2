package org.vigil.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A label that says what is wrong, red in both themes. The colour comes from the themes' CSS
 * class {@link VigilUi#CSS_CLASS_ERROR}: a colour set in code is overwritten by the theme's rule
 * for every label.
 */
public final class ErrorLabel {

    /** The widget data key under which the theme engine finds a widget's CSS class. */
    static final String CSS_CLASS_KEY = "org.eclipse.e4.ui.css.CssClassName"; //$NON-NLS-1$

    private ErrorLabel() {
    }

    /**
     * @param parent a composite with a grid layout of {@code columns} columns
     * @param columns how many columns the label spans
     * @return the label, empty
     */
    public static Label create(Composite parent, int columns) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(CSS_CLASS_KEY, VigilUi.CSS_CLASS_ERROR);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
        return label;
    }
}
