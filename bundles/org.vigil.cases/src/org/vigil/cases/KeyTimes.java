package org.vigil.cases;

import java.time.Instant;

/**
 * The moments the SLA and the incident report are measured by; {@code null} while not reached.
 * The workflow sets acknowledged, contained, resolved and closed; the operator sets detected
 * and reported.
 *
 * @param detected when the incident was discovered (the reporting deadlines run from here)
 * @param reported when it was reported to the owner and the coordinating authority
 * @param acknowledged when someone took it up (left {@link Status#NEW})
 * @param contained when it was contained
 * @param resolved when it was resolved
 * @param closed when it was closed
 */
public record KeyTimes(Instant detected, Instant reported, Instant acknowledged, Instant contained, Instant resolved,
        Instant closed) {

    /**
     * @param detected when the incident was discovered
     * @return key times with only that one set
     */
    public static KeyTimes detectedAt(Instant detected) {
        return new KeyTimes(detected, null, null, null, null, null);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withDetected(Instant at) {
        return new KeyTimes(at, reported, acknowledged, contained, resolved, closed);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withReported(Instant at) {
        return new KeyTimes(detected, at, acknowledged, contained, resolved, closed);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withAcknowledged(Instant at) {
        return new KeyTimes(detected, reported, at, contained, resolved, closed);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withContained(Instant at) {
        return new KeyTimes(detected, reported, acknowledged, at, resolved, closed);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withResolved(Instant at) {
        return new KeyTimes(detected, reported, acknowledged, contained, at, closed);
    }

    /** @param at the new value @return a copy with it */
    public KeyTimes withClosed(Instant at) {
        return new KeyTimes(detected, reported, acknowledged, contained, resolved, at);
    }
}
