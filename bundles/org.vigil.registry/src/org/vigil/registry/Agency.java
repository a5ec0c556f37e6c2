package org.vigil.registry;

import java.util.Objects;

/**
 * An agency of the province: the owner (chủ quản) of information systems. Agencies form a tree
 * (province, departments, districts, communes) through their parent.
 *
 * @param id stable short code, e.g. {@code stc}; what systems and files refer to
 * @param name the agency's name, e.g. Sở Tài chính
 * @param parentId the id of the agency above it, or {@code null} for a root
 * @param kind its place in the administration
 */
public record Agency(String id, String name, String parentId, AgencyKind kind) {

    /** Rejects a missing id, name or kind; a blank parent means none. */
    public Agency {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        parentId = parentId == null || parentId.isBlank() ? null : parentId;
    }
}
