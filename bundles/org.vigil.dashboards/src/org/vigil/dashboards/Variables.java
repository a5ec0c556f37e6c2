package org.vigil.dashboards;

/**
 * The dashboard variables every panel applies: an agency (with the agencies below it), a security
 * level and an event source. The values offered are the registry's agencies, levels 1 to 5 and
 * the configured sources. Events are narrowed through the systems they are tagged with at import
 * ({@code vigil.system.id}), cases through their affected systems, registry panels directly.
 *
 * @param agency an agency id of the registry, or {@code null} for all
 * @param level a security level 1 to 5, or {@code null} for all
 * @param source an event source id, or {@code null} for the default source
 */
public record Variables(String agency, Integer level, String source) {

    /** No variable set: every agency, every level, the default source. */
    public static final Variables NONE = new Variables(null, null, null);

    /** Turns blank values into none, and rejects a level outside 1 to 5. */
    public Variables {
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        if (level != null && (level < 1 || level > 5)) {
            throw new IllegalArgumentException("level " + level); //$NON-NLS-1$
        }
    }

    /** @return whether agency or level narrows the systems */
    public boolean narrowsSystems() {
        return agency != null || level != null;
    }

    /**
     * @param other values chosen for one run
     * @return these values, replaced by those {@code other} sets
     */
    public Variables with(Variables other) {
        return new Variables(other.agency != null ? other.agency : agency, other.level != null ? other.level : level,
                other.source != null ? other.source : source);
    }
}
