package org.vigil.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.registry.internal.Messages;

/**
 * The rules registry data must follow, shared by every store, the CSV import and the editor, so
 * that they all refuse the same data with the same words. Errors stop a save; warnings (an asset
 * another system claims too) are shown and saved.
 */
public final class RegistryValidator {

    /** Letters, digits, dot, dash and underscore; starting with a letter or digit. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
    private static final int MIN_LEVEL = 1;
    private static final int MAX_LEVEL = 5;

    private final AgencyTree agencies;
    private final AssetClaims claims;

    /**
     * @param agencies the agencies systems may belong to
     * @param claims who else claims an asset
     */
    public RegistryValidator(Collection<Agency> agencies, AssetClaims claims) {
        this.agencies = AgencyTree.of(agencies);
        this.claims = claims;
    }

    /**
     * @param system a system about to be saved
     * @return every problem, errors first; empty when it can be saved as it is
     */
    public List<Problem> validate(InformationSystem system) {
        List<Problem> problems = new ArrayList<>();
        checkId(system.id(), problems);
        if (system.name().isEmpty()) {
            problems.add(Problem.error(SystemFields.NAME, Messages.Problem_blank));
        }
        if (agencies.find(system.agencyId()).isEmpty()) {
            problems.add(Problem.error(SystemFields.AGENCY, system.agencyId().isEmpty() ? Messages.Problem_blank
                    : NLS.bind(Messages.Problem_unknownAgency, system.agencyId())));
        }
        if (system.level() < MIN_LEVEL || system.level() > MAX_LEVEL) {
            problems.add(Problem.error(SystemFields.LEVEL, NLS.bind(Messages.Problem_levelRange, system.level())));
        }
        checkDossier(system.dossier(), problems);
        checkAssets(system, problems);
        problems.sort((a, b) -> a.severity().compareTo(b.severity()));
        return problems;
    }

    /**
     * @param agency an agency about to be saved
     * @return every problem; empty when it can be saved as it is
     */
    public List<Problem> validate(Agency agency) {
        List<Problem> problems = new ArrayList<>();
        checkId(agency.id(), problems);
        if (agency.name().isBlank()) {
            problems.add(Problem.error(SystemFields.NAME, Messages.Problem_blank));
        }
        if (agency.parentId() != null && agencies.find(agency.parentId()).isEmpty()) {
            problems.add(Problem.error(SystemFields.PARENT, NLS.bind(Messages.Problem_unknownAgency, agency.parentId())));
        } else if (agencies.wouldCycle(agency)) {
            problems.add(Problem.error(SystemFields.PARENT, NLS.bind(Messages.Problem_agencyCycle, agency.parentId())));
        }
        return problems;
    }

    private static void checkId(String id, List<Problem> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.error(SystemFields.ID,
                    id.isEmpty() ? Messages.Problem_blank : NLS.bind(Messages.Problem_badId, id)));
        }
    }

    private static void checkDossier(Dossier dossier, List<Problem> problems) {
        if (dossier.status() != DossierStatus.APPROVED) {
            return;
        }
        if (dossier.decisionNumber().isEmpty()) {
            problems.add(Problem.error(SystemFields.DECISION_NUMBER, Messages.Problem_approvedWithoutNumber));
        }
        if (dossier.decisionDate() == null) {
            problems.add(Problem.error(SystemFields.DECISION_DATE, Messages.Problem_approvedWithoutDate));
        }
    }

    private void checkAssets(InformationSystem system, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (Asset asset : system.assets()) {
            String field = SystemFields.assets(asset.kind());
            String canonical;
            try {
                canonical = Assets.canonical(asset);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(field, e.getMessage()));
                continue;
            }
            if (!seen.add(asset.kind() + " " + canonical)) { //$NON-NLS-1$
                continue;
            }
            List<String> others = claims.claimants(asset.kind(), canonical).stream()
                    .filter(id -> !id.equals(system.id())).sorted().toList();
            if (!others.isEmpty()) {
                problems.add(Problem.warning(field, NLS.bind(Messages.Problem_claimedElsewhere, asset.value(),
                        String.join(", ", others)))); //$NON-NLS-1$
            }
        }
    }
}
