package org.vigil.cases;

import java.util.List;
import java.util.Objects;

import org.vigil.cases.internal.ShippedData;

/**
 * What a store's cases share: the SLA policy, the operators cases can be assigned to, and the
 * reporting unit named in incident reports. Kept in the store, so a team shares one.
 *
 * @param sla the service levels and reporting deadlines
 * @param operators the people cases can be assigned to, besides the store's own user
 * @param unit the reporting unit
 */
public record CaseSettings(SlaPolicy sla, List<String> operators, ReportingUnit unit) {

    /** Requires the policy and the unit; sorts nothing, copies the operators. */
    public CaseSettings {
        Objects.requireNonNull(sla, "sla"); //$NON-NLS-1$
        Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
        operators = List.copyOf(operators);
    }

    /** @return the shipped settings: the SLA of {@code sla.properties}, no operators, no unit */
    public static CaseSettings defaults() {
        return new CaseSettings(ShippedData.slaPolicy(), List.of(), new ReportingUnit("", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @param names the operators @return a copy with them */
    public CaseSettings withOperators(List<String> names) {
        return new CaseSettings(sla, names, unit);
    }

    /** @param value the unit @return a copy with it */
    public CaseSettings withUnit(ReportingUnit value) {
        return new CaseSettings(sla, operators, value);
    }

    /** @param value the policy @return a copy with it */
    public CaseSettings withSla(SlaPolicy value) {
        return new CaseSettings(value, operators, unit);
    }
}
