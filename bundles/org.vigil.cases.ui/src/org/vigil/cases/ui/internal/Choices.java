package org.vigil.cases.ui.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.vigil.cases.Labels;

/** Read-only combos over the case vocabulary, in the operator's language, and push buttons. */
final class Choices {

    private Choices() {
    }

    /**
     * @param none the first item, meaning no value (a filter's "any"), or {@code null} for none
     * @return a read-only combo of the values' labels, the first item selected
     */
    static Combo combo(Composite parent, String none, Labels labels, Enum<?>[] values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        if (none != null) {
            combo.add(none);
        }
        for (Enum<?> value : values) {
            combo.add(labels.label(value));
        }
        combo.setData(none != null);
        combo.select(0);
        return combo;
    }

    /** @return the value selected in a combo made by {@link #combo}, empty for the "none" item */
    static <E extends Enum<E>> Optional<E> selected(Combo combo, E[] values) {
        int index = combo.getSelectionIndex() - (Boolean.TRUE.equals(combo.getData()) ? 1 : 0);
        return index < 0 || index >= values.length ? Optional.empty() : Optional.of(values[index]);
    }

    /** Selects a value in a combo made by {@link #combo}; {@code null} selects the "none" item. */
    static void select(Combo combo, Enum<?> value) {
        int offset = Boolean.TRUE.equals(combo.getData()) ? 1 : 0;
        combo.select(value == null ? 0 : value.ordinal() + offset);
    }

    static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        return button;
    }
}
