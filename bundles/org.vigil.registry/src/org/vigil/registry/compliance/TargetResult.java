package org.vigil.registry.compliance;

/**
 * Where one target stands for one system.
 *
 * @param target the target
 * @param status met, open or overdue
 */
public record TargetResult(Target target, ItemStatus status) {
}
