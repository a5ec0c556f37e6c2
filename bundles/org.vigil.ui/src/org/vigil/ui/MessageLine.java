package org.vigil.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One line under a form or a list that tells how the last action went: in the theme's text colour
 * when it went well, as an {@link ErrorLabel} when it did not. Two labels, one shown at a time,
 * because the theme decides a label's colour by its CSS class when it is styled.
 */
public final class MessageLine {

    private final Label info;
    private final Label problem;

    /**
     * @param parent a composite with a grid layout of {@code columns} columns
     * @param columns how many columns the line spans
     */
    public MessageLine(Composite parent, int columns) {
        info = new Label(parent, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
        problem = ErrorLabel.create(parent, columns);
        show(false);
    }

    /** @param text what went well, or what is going on */
    public void info(String text) {
        info.setText(text);
        show(false);
    }

    /** @param text what went wrong and where */
    public void problem(String text) {
        problem.setText(text);
        show(true);
    }

    /**
     * @param text what happened
     * @param isProblem whether it went wrong
     */
    public void say(String text, boolean isProblem) {
        if (isProblem) {
            problem(text);
        } else {
            info(text);
        }
    }

    private void show(boolean isProblem) {
        ((GridData) info.getLayoutData()).exclude = isProblem;
        ((GridData) problem.getLayoutData()).exclude = !isProblem;
        info.setVisible(!isProblem);
        problem.setVisible(isProblem);
        info.getParent().layout(true);
    }
}
