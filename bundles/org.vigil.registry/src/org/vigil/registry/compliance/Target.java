package org.vigil.registry.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A compliance target set by the province, e.g. "100 % of level dossiers approved by 31 August".
 *
 * @param id its id in the rules data
 * @param measure what is checked on each system
 * @param parameter the layer for {@link Measure#LAYER_COVERED}, the days for
 *            {@link Measure#ASSESSED_WITHIN_DAYS}, else 0
 * @param minLevel the lowest level of the systems it applies to
 * @param maxLevel the highest level
 * @param share the share of those systems, in percent, that must meet it
 * @param deadline the day by which they must, or null for none
 * @param label what it says, for people
 */
public record Target(String id, Measure measure, int parameter, int minLevel, int maxLevel, int share,
        LocalDate deadline, Bilingual label) {

    /** Rejects missing parts. */
    public Target {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(measure, "measure"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
    }

    /** @param level a security level @return whether the target applies to systems of that level */
    public boolean appliesTo(int level) {
        return level >= minLevel && level <= maxLevel;
    }

    /**
     * @param met whether a system meets the target
     * @param day the day of the evaluation
     * @return met, overdue once the deadline has passed, else open
     */
    public ItemStatus status(boolean met, LocalDate day) {
        if (met) {
            return ItemStatus.MET;
        }
        return deadline != null && day.isAfter(deadline) ? ItemStatus.OVERDUE : ItemStatus.OPEN;
    }
}
