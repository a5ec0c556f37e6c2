package org.vigil.cases;

import java.time.Instant;

/**
 * When a case's steps are due, from {@link SlaPolicy#deadlines(Case)}.
 *
 * @param acknowledge when someone must have taken it up
 * @param resolve when it must be resolved
 * @param notifyAuthority when the incident must have been notified to the owner and the
 *            coordinating authority
 * @param finalReport when the final report is due, or {@code null} until the case is resolved
 */
public record Deadlines(Instant acknowledge, Instant resolve, Instant notifyAuthority, Instant finalReport) {
}
