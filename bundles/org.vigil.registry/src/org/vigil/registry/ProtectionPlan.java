package org.vigil.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The protection plan for the system's level (phương án bảo đảm an toàn theo cấp độ).
 *
 * @param status where its deployment stands
 * @param date when it was deployed (or started), or {@code null}
 */
public record ProtectionPlan(PlanStatus status, LocalDate date) {

    /** A plan not started. */
    public static final ProtectionPlan NOT_STARTED = new ProtectionPlan(PlanStatus.NOT_STARTED, null);

    /** Rejects a missing status. */
    public ProtectionPlan {
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
    }
}
