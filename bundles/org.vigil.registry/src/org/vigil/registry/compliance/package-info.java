/**
 * Compliance of the registered systems: {@link org.vigil.registry.compliance.ComplianceRules}
 * (targets with deadlines and per-level checklists, as data), the
 * {@link org.vigil.registry.compliance.ComplianceCalculator} that evaluates systems against them
 * on a day, and the {@link org.vigil.registry.compliance.ComplianceService} that keeps the
 * history (package version 0.1.0).
 */
package org.vigil.registry.compliance;
