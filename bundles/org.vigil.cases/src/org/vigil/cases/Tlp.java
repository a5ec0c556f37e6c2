package org.vigil.cases;

/** Traffic Light Protocol 2.0: who may see what the case holds. */
public enum Tlp {
    /** Anyone. */
    CLEAR,
    /** The community. */
    GREEN,
    /** The recipient's organisation and its clients. */
    AMBER,
    /** The recipient's organisation only. */
    AMBER_STRICT,
    /** The named recipients only. */
    RED;

    /** @return the label as written on documents, {@code TLP:AMBER+STRICT} for example */
    public String label() {
        return "TLP:" + name().replace('_', '+'); //$NON-NLS-1$
    }

    /** @return the label's colour in TLP 2.0 as {@code 0xRRGGBB}, printed on black */
    public int rgb() {
        return switch (this) {
            case RED -> 0xFF2B2B;
            case AMBER, AMBER_STRICT -> 0xFFC000;
            case GREEN -> 0x33FF00;
            case CLEAR -> 0xFFFFFF;
        };
    }
}
