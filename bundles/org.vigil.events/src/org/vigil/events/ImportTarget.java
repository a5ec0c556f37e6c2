package org.vigil.events;

import java.util.Iterator;

import org.vigil.core.model.Event;

/**
 * A store that events can be imported into, such as the embedded store. Importers only know this
 * interface, so the same importer fills any store that implements it.
 *
 * <p>Implementations replace a stored event that has the id of an added one: importing the same
 * file twice, whose events have deterministic ids, adds nothing the second time.
 */
public interface ImportTarget {

    /** @return the id of the store, as its {@link SourceDescriptor} names it */
    String id();

    /**
     * Adds events and makes them durable and searchable before returning; an event with the id
     * of a stored one replaces it. May block on I/O: never call it on the UI thread.
     *
     * @param events the events to add
     * @param cancellation checked as the events are written; what was written stays
     * @return how many events were written
     * @throws SourceException if cancelled (kind {@link SourceException.Kind#CANCELLED}) or the
     *             store cannot be written
     */
    long add(Iterator<Event> events, Cancellation cancellation) throws SourceException;
}
