package org.vigil.events;

import java.time.Duration;

import org.vigil.core.model.Event;

/**
 * Adds fields to events as they are imported, such as the information system an event's
 * addresses belong to ({@code vigil.system.*}), so that stores keep them and queries can filter
 * on them. Importers get the highest-ranked enricher service and apply it to every event; the
 * workbench may also apply it to events shown from a store that was filled without it.
 * Added in package version 0.2.3.
 */
public interface EventEnricher {

    /** Adds nothing: what an import without enrichment uses. */
    EventEnricher NONE = event -> event;

    /**
     * Thread-safe, with no I/O and no waiting, so that it can run for every event of an import
     * and for the rows on screen. Before the enricher is {@linkplain #awaitReady ready} it may
     * return events unchanged.
     *
     * @param event an event
     * @return the event with the enricher's fields (replacing any of the same names it had), or
     *         the same event when there is nothing to add
     */
    Event enrich(Event event);

    /**
     * Waits until the enricher applies the data it depends on as of now, e.g. the registry read
     * after its last change. Importers call it once before the first event of a file. May wait
     * on I/O: never call it on the UI thread.
     *
     * @param timeout the longest wait
     * @return whether it is ready; when not, events are enriched with what it had, or not at all
     * @throws InterruptedException if the waiting thread is interrupted
     */
    default boolean awaitReady(Duration timeout) throws InterruptedException {
        return true;
    }
}
