package org.vigil.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The compliance figures of one day, kept so that progress can be followed over time.
 *
 * @param day the day the figures were computed for
 * @param province the figure over every system
 * @param agencies per agency id, the figure over the systems of the agency and the agencies below it
 * @param targets per target id, the figure over the systems the target applies to
 */
public record ComplianceSnapshot(LocalDate day, Figures province, Map<String, Figures> agencies,
        Map<String, Figures> targets) {

    /** Copies the maps, sorted by id. */
    public ComplianceSnapshot {
        Objects.requireNonNull(day, "day"); //$NON-NLS-1$
        Objects.requireNonNull(province, "province"); //$NON-NLS-1$
        agencies = java.util.Collections.unmodifiableMap(new TreeMap<>(agencies));
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    }
}
