package org.vigil.dashboards;

import java.util.Objects;
import java.util.Optional;

/**
 * What one panel gave for one run: its figures (and those of the previous period when it
 * compares), or why it has none. A panel's failure is its own: the others still have theirs.
 *
 * @param panel the panel
 * @param outcome whether it has figures
 * @param message for a panel without figures: why, in the run's language; empty otherwise
 * @param current the figures of the period; {@code null} without figures
 * @param previous the figures of the previous period of the same length; {@code null} when the
 *            panel does not compare or has no figures
 */
public record PanelFigures(Panel panel, Outcome outcome, String message, FigureTable current,
        FigureTable previous) {

    /** Whether a panel has figures. */
    public enum Outcome {
        /** It has figures. */
        OK,
        /** Its query is wrong or its data could not be read; the message says which. */
        ERROR,
        /** This Vigil cannot compute it yet (a metric the engines do not offer yet). */
        NOT_AVAILABLE,
        /** The run was cancelled before it finished. */
        CANCELLED
    }

    /** Requires figures for {@link Outcome#OK} and a message otherwise. */
    public PanelFigures {
        Objects.requireNonNull(panel, "panel"); //$NON-NLS-1$
        Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
        message = message == null ? "" : message; //$NON-NLS-1$
        if ((outcome == Outcome.OK) != (current != null)) {
            throw new IllegalArgumentException(outcome + " with figures " + current); //$NON-NLS-1$
        }
    }

    /**
     * @param panel the panel
     * @param current the figures of the period
     * @param previous those of the previous period, or null
     * @return figures
     */
    public static PanelFigures of(Panel panel, FigureTable current, FigureTable previous) {
        return new PanelFigures(panel, Outcome.OK, "", current, previous); //$NON-NLS-1$
    }

    /**
     * @param panel the panel
     * @param outcome why it has none
     * @param message the reason for people
     * @return no figures
     */
    public static PanelFigures none(Panel panel, Outcome outcome, String message) {
        return new PanelFigures(panel, outcome, message, null, null);
    }

    /** @return whether a figure of the period or of the previous one is an estimate, which the panel says */
    public boolean approximate() {
        return current != null && current.approximate() || previous != null && previous.approximate();
    }

    /**
     * @return for a single figure compared with the previous period: the relative change, e.g.
     *         0.25 for a quarter more; empty when there is no previous figure or it was zero
     */
    public Optional<Double> change() {
        if (current == null || previous == null || current.rows().size() != 1 || previous.rows().size() != 1
                || !(current.rows().get(0).get(0) instanceof Number now)
                || !(previous.rows().get(0).get(0) instanceof Number before) || before.doubleValue() == 0) {
            return Optional.empty();
        }
        return Optional.of((now.doubleValue() - before.doubleValue()) / before.doubleValue());
    }
}
