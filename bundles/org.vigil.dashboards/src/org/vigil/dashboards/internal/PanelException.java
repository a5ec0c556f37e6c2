package org.vigil.dashboards.internal;

import org.vigil.dashboards.PanelFigures.Outcome;
import org.vigil.events.SourceException;

/** Why a panel has no figures: its outcome and the reason for people. */
final class PanelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Outcome outcome;

    PanelException(Outcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    Outcome outcome() {
        return outcome;
    }

    static PanelException error(String message) {
        return new PanelException(Outcome.ERROR, message);
    }

    static PanelException notAvailable(String message) {
        return new PanelException(Outcome.NOT_AVAILABLE, message);
    }

    static PanelException of(SourceException e) {
        return new PanelException(e.kind() == SourceException.Kind.CANCELLED ? Outcome.CANCELLED : Outcome.ERROR,
                e.getMessage());
    }
}
