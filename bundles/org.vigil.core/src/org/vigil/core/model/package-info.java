/**
 * The shared vocabulary of every Vigil bundle: an {@link org.vigil.core.model.Event} with its
 * flattened fields, the {@link org.vigil.core.model.FieldType}s engines agree on, and the
 * {@link org.vigil.core.model.TimeRange} every search is bounded by.
 */
package org.vigil.core.model;
