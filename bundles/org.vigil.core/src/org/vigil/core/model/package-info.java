/**
 * The shared vocabulary of every Vigil bundle: an {@link org.vigil.core.model.Event} with its
 * flattened fields, the {@link org.vigil.core.model.FieldType}s engines agree on, and the
 * {@link org.vigil.core.model.TimeRange} every search is bounded by.
 *
 * <p>Package version 0.1.1 adds {@code TimeRange.ofLocal} and {@link org.vigil.core.model.IsoInstants};
 * versions before the SDK's first baseline (docs/SDK.md) raised the micro digit for a compatible
 * addition; from then on the build checks semantic versions: an addition raises the minor digit,
 * a break the major one, and users import {@code [x.y.z,1)}. Version 0.1.2 lists the fields
 * {@code KnownFields} types, for stores that declare types ahead of the events, says which of them
 * a store keeps ({@link org.vigil.core.model.KnownFields#isStored}), and adds
 * {@code EcsNdjson.document}, an event with a single {@code event.id}. Version 0.1.3 adds
 * {@link org.vigil.core.model.FieldConflicts}, the conflict policy both engines share,
 * {@code EcsNdjson.appendDocument}, an event's document written into a request being built, and
 * names the field that keeps an event's time as its log wrote it,
 * {@link org.vigil.core.model.KnownFields#ORIGINAL_TIMESTAMP}. Version 0.1.4 adds
 * {@code Event.ofFields}, an event that keeps the fields a parser made for it.
 * <p>Version 1.1.0 adds {@code IpLiterals.block}, an address or CIDR block as engines take it.
 */
package org.vigil.core.model;
