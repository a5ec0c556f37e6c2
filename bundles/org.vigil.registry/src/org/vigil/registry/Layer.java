package org.vigil.registry;

/**
 * The four layers of protection (mô hình 4 lớp, Official Dispatch 1552/BTTTT-CATTT of 2020) that
 * every system of a state agency is to be covered by.
 */
public enum Layer implements Labelled {
    /** Layer 1: the agency's own protection (lực lượng tại chỗ). */
    OWN_PROTECTION,
    /** Layer 2: professional monitoring and protection, in-house or by a hired provider. */
    PROFESSIONAL_MONITORING,
    /** Layer 3: periodic assessment independent of the layer-2 provider. */
    INDEPENDENT_ASSESSMENT,
    /** Layer 4: connection and data sharing with the national monitoring system (NCSC). */
    NATIONAL_CONNECTION;

    /** @return the layer's number, 1 to 4, as the dispatch counts them */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * @param number 1 to 4
     * @return the layer with that number
     * @throws IllegalArgumentException for any other number
     */
    public static Layer of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("no layer " + number); //$NON-NLS-1$
        }
        return values()[number - 1];
    }
}
