package org.vigil.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The level dossier of a system and, once approved, the approval decision (Mẫu số 06).
 *
 * @param status where the dossier stands
 * @param decisionNumber the number of the approval decision, or empty
 * @param decisionDate the date of the approval decision, or {@code null}
 */
public record Dossier(DossierStatus status, String decisionNumber, LocalDate decisionDate) {

    /** A dossier not yet written. */
    public static final Dossier DRAFT = new Dossier(DossierStatus.DRAFT, "", null); //$NON-NLS-1$

    /** Rejects a missing status; a missing number becomes empty text. */
    public Dossier {
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        decisionNumber = decisionNumber == null ? "" : decisionNumber.strip(); //$NON-NLS-1$
    }
}
