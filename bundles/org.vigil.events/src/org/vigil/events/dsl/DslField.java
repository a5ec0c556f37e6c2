package org.vigil.events.dsl;

import java.util.Objects;
import java.util.Optional;

import org.vigil.core.model.FieldType;

/**
 * A field as an index mapping declares it.
 *
 * @param type the type of its values
 * @param exact the field holding its whole values, for sorting and top values: itself for most
 *            types, a keyword sub-field for text, or {@code null} when there is none
 */
public record DslField(FieldType type, String exact) {

    /** @throws NullPointerException if the type is missing */
    public DslField {
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
    }

    /** @return the field of whole values, if any */
    public Optional<String> exactField() {
        return Optional.ofNullable(exact);
    }
}
