package org.vigil.ui.internal.parts;

import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vigil.ui.VigilUi;
import org.vigil.ui.internal.Messages;

import jakarta.annotation.PostConstruct;

/**
 * Stands in a perspective whose real parts have not been built yet, and says so on screen
 * instead of leaving the operator in front of an empty area.
 */
public final class PlaceholderPart {

    /** Persisted-state key of the part in the model naming which perspective it stands in. */
    public static final String PLACEHOLDER_KEY = "org.vigil.ui.placeholder";

    private static final Map<String, String[]> TEXTS = Map.of(
            "dashboards", new String[] { Messages.Placeholder_dashboards_title, Messages.Placeholder_dashboards_body });

    @PostConstruct
    void createControls(Composite parent, MPart part) {
        String[] text = TEXTS.getOrDefault(part.getPersistedState().get(PLACEHOLDER_KEY),
                new String[] { part.getLocalizedLabel(), "" });
        parent.setLayout(new GridLayout(1, false));
        Label title = label(parent, text[0]);
        title.setData("org.eclipse.e4.ui.css.CssClassName", VigilUi.CSS_CLASS_PLACEHOLDER_TITLE);
        label(parent, text[1]);
        label(parent, Messages.Placeholder_pending);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        layout.widthHint = 640;
        label.setLayoutData(layout);
        return label;
    }
}
