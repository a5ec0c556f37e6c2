package org.vigil.cases;

import java.time.Instant;

/**
 * One field someone else changed while an edit was open.
 *
 * @param field the field, as in the audit trail
 * @param theirs the value they saved (as the audit trail writes it), or {@code null} if they
 *            removed it
 * @param yours the value in the edit that was refused, or {@code null} if it has none
 * @param by who saved it
 * @param at when
 */
public record FieldConflict(String field, String theirs, String yours, String by, Instant at) {
}
