package org.vigil.registry;

/**
 * A compliance figure: how many items are met out of how many apply.
 *
 * @param met items met
 * @param total items that apply
 */
public record Figures(int met, int total) {

    /** No item. */
    public static final Figures NONE = new Figures(0, 0);

    /** Rejects negative counts and more met than total. */
    public Figures {
        if (met < 0 || total < met) {
            throw new IllegalArgumentException(met + " of " + total); //$NON-NLS-1$
        }
    }

    /** @return the share met, 0 to 100; 100 when nothing applies, since nothing is owed */
    public double percent() {
        return total == 0 ? 100 : 100.0 * met / total;
    }

    /** @param other more items @return the sum */
    public Figures plus(Figures other) {
        return new Figures(met + other.met, total + other.total);
    }
}
