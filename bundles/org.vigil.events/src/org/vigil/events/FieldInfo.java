package org.vigil.events;

import java.util.Objects;

import org.vigil.core.model.FieldType;

/**
 * A field of a source as the field sidebar lists it.
 *
 * @param name the flattened field name
 * @param type its type in this source
 * @param aggregatable whether top terms and histograms can be computed on it
 */
public record FieldInfo(String name, FieldType type, boolean aggregatable) {

    /** Rejects a field without a name or type. */
    public FieldInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
