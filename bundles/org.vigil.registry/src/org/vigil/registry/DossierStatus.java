package org.vigil.registry;

/**
 * Where the level dossier (hồ sơ đề xuất cấp độ, Decree 85 Art. 15) stands. The steps are Vigil's
 * own: no official list of statuses was found.
 */
public enum DossierStatus implements Labelled {
    /** Being written, or not started. */
    DRAFT,
    /** Submitted for appraisal and approval. */
    SUBMITTED,
    /** Approved; the approval decision has a number and a date. */
    APPROVED;
}
