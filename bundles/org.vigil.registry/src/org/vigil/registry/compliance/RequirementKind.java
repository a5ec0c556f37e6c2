package org.vigil.registry.compliance;

import org.vigil.registry.Labelled;

/** The groups minimum requirements fall in (Circular 12/2022: management and technical), plus the dossier's parts. */
public enum RequirementKind implements Labelled {
    /** A part of the level dossier (Decree 85 Art. 15). */
    DOSSIER,
    /** A management requirement (yêu cầu về quản lý). */
    MANAGEMENT,
    /** A technical requirement (yêu cầu về kỹ thuật). */
    TECHNICAL;
}
