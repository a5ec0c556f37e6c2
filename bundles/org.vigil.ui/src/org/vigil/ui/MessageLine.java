package org.vigil.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One line under a form, a list or a part that tells how the last action went. A problem is
 * marked with the themes' error class ({@link VigilUi#CSS_CLASS_ERROR}) rather than a colour set
 * here, because the theme's label colour would paint over that; the label is reskinned so that
 * the theme applies the new class at once.
 */
public final class MessageLine {

    private final Label label;

    /**
     * @param parent a composite with a grid layout of {@code columns} columns
     * @param columns how many columns the line spans
     */
    public MessageLine(Composite parent, int columns) {
        label = new Label(parent, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
    }

    /** @param text what went well, or what is going on */
    public void info(String text) {
        say(text, false);
    }

    /** @param text what went wrong and where */
    public void problem(String text) {
        say(text, true);
    }

    /**
     * @param text what happened
     * @param isProblem whether it went wrong
     */
    public void say(String text, boolean isProblem) {
        label.setData(ErrorLabel.CSS_CLASS_KEY, isProblem ? VigilUi.CSS_CLASS_ERROR : VigilUi.CSS_CLASS_STATUS);
        label.reskin(SWT.NONE);
        label.setText(text);
        label.getParent().layout();
    }
}
