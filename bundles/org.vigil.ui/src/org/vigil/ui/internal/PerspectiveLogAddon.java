package org.vigil.ui.internal;

import java.lang.System.Logger.Level;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Writes each perspective switch to the log, so that support (and the UI smoke test) can tell
 * from the log what the operator looked at.
 */
public final class PerspectiveLogAddon {

    private static final System.Logger LOG = System.getLogger(PerspectiveLogAddon.class.getName());

    @Inject
    @Optional
    void perspectiveSelected(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPerspectiveStack
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective perspective) {
            LOG.log(Level.INFO, "Perspective shown: {0}", perspective.getElementId());
        }
    }
}
