/**
 * The shared vocabulary of every Vigil bundle: an {@link org.vigil.core.model.Event} with its
 * flattened fields, the {@link org.vigil.core.model.FieldType}s engines agree on, and the
 * {@link org.vigil.core.model.TimeRange} every search is bounded by.
 *
 * <p>Package version 0.1.1 adds {@link org.vigil.core.model.IsoInstants}; its users import
 * {@code [0.1.1,0.2)}.
 */
package org.vigil.core.model;
