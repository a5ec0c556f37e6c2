package org.vigil.query;

/**
 * The field a leaf of the query applies to, as written (unescaped): the parser does not know
 * which fields exist, so a name such as {@code source.*} is kept as a pattern for the engine to
 * expand against its mapping.
 *
 * @param name the field name or pattern, never empty
 * @param wildcard whether {@code name} contains an unescaped {@code *} that the engine must expand
 */
public record FieldRef(String name, boolean wildcard) {

    /**
     * All fields: a bare term without {@code field:}. Kibana treats {@code *:value} and a bare
     * {@code value} alike (search every field, or the engine's default fields), so both parse to
     * this marker.
     */
    public static final FieldRef ALL = new FieldRef("*", true); //$NON-NLS-1$

    /** Rejects empty names. */
    public FieldRef {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a field name cannot be empty"); //$NON-NLS-1$
        }
    }

    /**
     * A field named without wildcard.
     *
     * @param name the exact field name
     * @return the reference
     */
    public static FieldRef of(String name) {
        return new FieldRef(name, false);
    }

    /**
     * A field name or pattern in which every {@code *} is a wildcard.
     *
     * @param name the name as written, e.g. {@code source.*}
     * @return the reference, with {@code wildcard} set when the name contains {@code *}
     */
    public static FieldRef pattern(String name) {
        return new FieldRef(name, name.indexOf('*') >= 0);
    }

    /**
     * Tells whether this reference means every field.
     *
     * @return true for {@link #ALL} and for a field written as {@code *}
     */
    public boolean isAll() {
        return wildcard && "*".equals(name); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return name;
    }
}
