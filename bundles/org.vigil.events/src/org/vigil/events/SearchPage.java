package org.vigil.events;

import java.util.List;

import org.vigil.core.model.Event;

/**
 * A page of hits.
 *
 * @param events the hits in sort order
 * @param total how many hits the whole query has
 * @param next where the following page starts, or {@code null} after the last page
 */
public record SearchPage(List<Event> events, long total, Cursor next) {

    /** Keeps an immutable copy of the events. */
    public SearchPage {
        events = List.copyOf(events);
    }
}
