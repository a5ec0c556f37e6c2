package org.vigil.ingest;

import java.util.Objects;

import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;

/**
 * A field whose values did not all fit its type in the store, and how they were kept: the fitting
 * values typed under the field's name, the others as text in its shadow field
 * ({@link FieldConflicts}), where a query on the field finds them too. Added in package version
 * 0.1.4.
 *
 * @param field the field's name
 * @param storedAs the field's type in the store
 * @param shadowedAs the type the other values had, such as {@code keyword} for text in a
 *            {@code long} field
 * @param count how many values went to the shadow field
 */
public record Conflict(String field, FieldType storedAs, FieldType shadowedAs, long count) {

    /** Requires the names. */
    public Conflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(storedAs, "storedAs");
        Objects.requireNonNull(shadowedAs, "shadowedAs");
    }

    /** @return the field where the values that did not fit are, {@code vigil.conflict.<field>} */
    public String shadowField() {
        return FieldConflicts.shadowOf(field);
    }
}
