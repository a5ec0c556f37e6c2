package org.vigil.elasticsearch.internal;

import java.util.Objects;
import java.util.Optional;

import org.vigil.core.model.FieldType;

/**
 * How one field of an index is searched: its type reduced to Vigil's types, and the field that
 * holds its whole, unanalysed value.
 *
 * @param type the Vigil type of the field
 * @param exactField the field for exact terms and top terms: the field itself, or for text its
 *        keyword sub-field such as {@code message.keyword}; {@code null} for text without one
 */
public record FieldMapping(FieldType type, String exactField) {

    /** Rejects a mapping without type. */
    public FieldMapping {
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
    }

    /**
     * Returns the field that holds the whole value.
     *
     * @return the exact field, empty for text that only has analysed words
     */
    public Optional<String> exact() {
        return Optional.ofNullable(exactField);
    }
}
