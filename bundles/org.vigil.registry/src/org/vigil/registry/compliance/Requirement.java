package org.vigil.registry.compliance;

import java.util.Objects;

/**
 * One minimum requirement of the per-level checklist, as the rules data lists it.
 *
 * @param code its code, what a system's {@code requirementsMet} lists
 * @param kind dossier, management or technical
 * @param group the group it belongs to, e.g. a clause of TCVN 11930
 * @param minLevel the lowest level it applies to
 * @param maxLevel the highest level it applies to
 * @param text what is required
 */
public record Requirement(String code, RequirementKind kind, Bilingual group, int minLevel, int maxLevel,
        Bilingual text) {

    /** Rejects missing parts. */
    public Requirement {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(group, "group"); //$NON-NLS-1$
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
    }

    /** @param level a security level @return whether the requirement applies to it */
    public boolean appliesTo(int level) {
        return level >= minLevel && level <= maxLevel;
    }
}
