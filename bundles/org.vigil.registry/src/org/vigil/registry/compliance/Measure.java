package org.vigil.registry.compliance;

import org.vigil.registry.Labelled;

/** What a compliance target checks on each system it applies to. */
public enum Measure implements Labelled {
    /** The level dossier is approved. */
    DOSSIER_APPROVED,
    /** The protection plan is deployed. */
    PLAN_DEPLOYED,
    /** The layer given as the target's parameter (1 to 4) covers the system. */
    LAYER_COVERED,
    /** All four layers cover the system. */
    ALL_LAYERS,
    /** The last assessment is at most the target's parameter in days old. */
    ASSESSED_WITHIN_DAYS,
    /** Every minimum requirement of the system's level is met. */
    REQUIREMENTS_MET;
}
