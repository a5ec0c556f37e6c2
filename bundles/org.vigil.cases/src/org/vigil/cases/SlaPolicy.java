package org.vigil.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The service levels of a store: one {@link Sla} per severity, and the reporting deadlines of
 * the incident-response rules. All of it is data (shipped defaults in {@code sla.properties},
 * changed per store through {@link CaseSettings}), never a constant in code.
 *
 * @param bySeverity the SLA of each severity; every severity has one
 * @param notifyWithin how long after detection the incident must be notified
 * @param finalReportWithin how long after resolving the final report must be sent
 */
public record SlaPolicy(Map<Severity, Sla> bySeverity, Duration notifyWithin, Duration finalReportWithin) {

    /** Requires an SLA for every severity and both deadlines. */
    public SlaPolicy {
        bySeverity = Map.copyOf(new EnumMap<>(bySeverity));
        for (Severity severity : Severity.values()) {
            Objects.requireNonNull(bySeverity.get(severity), severity.name());
        }
        Objects.requireNonNull(notifyWithin, "notifyWithin"); //$NON-NLS-1$
        Objects.requireNonNull(finalReportWithin, "finalReportWithin"); //$NON-NLS-1$
    }

    /**
     * @param c a case
     * @return its SLA: the one it carries (from its template), else the one of its severity
     */
    public Sla slaOf(Case c) {
        return c.sla() != null ? c.sla() : bySeverity.get(c.severity());
    }

    /**
     * @param c a case
     * @return when each of its deadlines falls
     */
    public Deadlines deadlines(Case c) {
        Sla sla = slaOf(c);
        Instant start = c.times().detected() != null ? c.times().detected() : c.created();
        Instant resolved = c.times().resolved();
        return new Deadlines(start.plus(sla.acknowledge()), start.plus(sla.resolve()), start.plus(notifyWithin),
                resolved == null ? null : resolved.plus(finalReportWithin));
    }

    /**
     * Whether a deadline has passed with its step still not done: not acknowledged, not resolved
     * or not reported. A step done late no longer makes the case overdue; closed cases never are.
     *
     * @param c a case
     * @param now the present
     * @return whether the case is overdue
     */
    public boolean overdue(Case c, Instant now) {
        if (c.status() == Status.CLOSED) {
            return false;
        }
        Deadlines due = deadlines(c);
        KeyTimes times = c.times();
        return late(times.acknowledged(), due.acknowledge(), now) || late(times.resolved(), due.resolve(), now)
                || late(times.reported(), due.notifyAuthority(), now);
    }

    private static boolean late(Instant done, Instant due, Instant now) {
        return done == null && now.isAfter(due);
    }
}
