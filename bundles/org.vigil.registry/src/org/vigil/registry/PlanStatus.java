package org.vigil.registry;

/** Where the protection plan for the approved level (phương án bảo đảm an toàn) stands. */
public enum PlanStatus implements Labelled {
    /** Not started. */
    NOT_STARTED,
    /** Being deployed. */
    IN_PROGRESS,
    /** Deployed. */
    DEPLOYED;
}
