package org.vigil.events;

/**
 * Told when a source appears or disappears. Called on the thread that registered or
 * unregistered the service, never the UI thread: a UI listener must hand over to it.
 */
public interface SourceListener {

    /** @param source a source that has just been published */
    void sourceAdded(RegisteredSource source);

    /** @param source a source whose bundle has just withdrawn it */
    void sourceRemoved(RegisteredSource source);
}
